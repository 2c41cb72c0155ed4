using Checker.Workspace.Configuration;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Xunit;

namespace Checker.Cli.Tests;

/// <summary>checker.json: found by walking up from the draft, nearer overriding farther, bad files reported with positions.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_farther_file_applies_to_drafts_below_it()
    {
        _dir.Write("checker.json", """{ "rules": { "FC1002": "error" } }""");
        _dir.Write("docs/a.md", Drafts.FrontMatter + Drafts.Currency + "\n");

        var run = CheckerRun.In(_dir.Path, "verify", "docs/a.md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("docs/a.md(5,22): error FC1002:", run.Stdout);
    }

    [Fact]
    public void A_nearer_file_overrides_a_farther_one_rule_by_rule()
    {
        _dir.Write("checker.json", """{ "rules": { "FC1002": "error", "FC1001": "error" } }""");
        _dir.Write("docs/checker.json", """{ "rules": { "FC1002": "off" } }""");
        _dir.Write("docs/a.md", Drafts.FrontMatter + Drafts.Currency + "\n\n" + Drafts.Countries + "\n");

        var run = CheckerRun.In(_dir.Path, "verify", "docs/a.md");

        Assert.DoesNotContain("FC1002", run.Stdout);
        Assert.Contains("error FC1001:", run.Stdout); // the farther file's other setting still holds
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Root_true_stops_the_walk_up()
    {
        _dir.Write("checker.json", """{ "rules": { "FC1001": "off" } }""");
        _dir.Write("docs/checker.json", """{ "root": true }""");
        _dir.Write("docs/a.md", Drafts.FrontMatter + Drafts.Countries + "\n");

        var run = CheckerRun.In(_dir.Path, "verify", "docs/a.md");

        Assert.Contains("warning FC1001:", run.Stdout);
    }

    [Fact]
    public void Fail_on_and_min_severity_come_from_the_file_and_flags_override_them()
    {
        _dir.Write("checker.json", """{ "failOn": "warning", "minSeverity": "info" }""");
        _dir.Write("a.md", Drafts.FrontMatter + Drafts.Countries + "\n");

        var configured = CheckerRun.In(_dir.Path, "verify", "a.md");
        var overridden = CheckerRun.In(_dir.Path, "verify", "a.md", "--fail-on", "error");

        Assert.Equal(1, configured.ExitCode);
        Assert.Equal(0, overridden.ExitCode);
    }

    [Fact]
    public void Ignored_drafts_are_not_checked()
    {
        _dir.Write("checker.json", """{ "ignore": ["archive/", "*.old.md"] }""");
        _dir.Write("docs/live.md", Drafts.FrontMatter + Drafts.Countries + "\n");
        _dir.Write("docs/archive/gone.md", Drafts.FrontMatter + Drafts.Countries + "\n");
        _dir.Write("docs/notes.old.md", Drafts.FrontMatter + Drafts.Countries + "\n");

        var run = CheckerRun.In(_dir.Path, "verify", "docs");

        Assert.Contains("docs/live.md", run.Stdout);
        Assert.DoesNotContain("gone.md", run.Stdout);
        Assert.DoesNotContain("notes.old.md", run.Stdout);
        Assert.Contains("1 file,", run.Stdout);
    }

    [Fact]
    public void Default_currency_sets_what_a_bare_dollar_means()
    {
        _dir.Write("a.md", Drafts.FrontMatter + "Ukraine is seeking a $90-billion arms deal.\n");

        string UnitOfFirstClaim() => (string)JObject.Parse(CheckerRun.In(_dir.Path, "verify", "a.md", "--format", "json").Stdout)["files"]![0]!["claims"]![0]!["unit"]!;

        var before = UnitOfFirstClaim();
        _dir.Write("checker.json", """{ "defaultCurrency": "USD" }""");
        Assert.Equal("CAD", before);
        Assert.Equal("USD", UnitOfFirstClaim());
    }

    [Fact]
    public void Seed_folders_are_relative_to_the_file_and_replace_the_bundled_seeds()
    {
        _dir.Write("facts/manifest.json", """{ "sources": [ { "file": "latvia.txt", "date": "2025-06-01", "outlet": "Test Wire" } ] }""");
        _dir.Write("facts/latvia.txt", "Canada has about 5,000 troops deployed in Latvia, the defence department said.\n");
        _dir.Write("docs/checker.json", """{ "seeds": ["../facts"] }""");
        _dir.Write("docs/a.md", Drafts.FrontMatter + "Canada has around 2,000 troops deployed in Latvia.\n");

        var run = CheckerRun.In(_dir.Path, "verify", "docs/a.md");

        Assert.Contains("FC1001", run.Stdout);
        Assert.Contains("Test Wire", run.Stdout);
    }

    [Fact]
    public void Each_lookup_reads_the_files_again_so_an_editor_sees_changes_at_once()
    {
        _dir.Write("checker.json", """{ "rules": { "FC1001": "off" } }""");
        var draft = _dir.Write("docs/a.md", "text");
        var before = ConfigDiscovery.ForDraft(draft);
        _dir.Write("checker.json", """{ "rules": { "FC1001": "error" } }""");
        var after = ConfigDiscovery.ForDraft(draft);

        Assert.Null(before.Config.Rules["FC1001"]);
        Assert.Equal(Checker.Core.Diagnostics.Severity.Error, after.Config.Rules["FC1001"]);
        Assert.Equal([Path.Combine(_dir.Path, "checker.json")], after.Config.Files.Select(Path.GetFullPath));
    }

    [Fact]
    public void Synonyms_are_added_to_the_bundled_lexicon()
    {
        var lexicon = ConfiguredEngine.LexiconWith(["country: realm"]);

        Assert.Equal("country", lexicon.Term("realm"));
        Assert.Equal(lexicon.Term("nation"), lexicon.Term("country")); // the bundled synonyms are still there
    }

    [Fact]
    public void A_syntax_error_is_reported_with_file_line_and_column_and_checking_goes_on()
    {
        _dir.Write("checker.json", "{\n  \"rules\": { \"FC1001\": \"off\" },\n  \"failOn\" \"info\"\n}\n");
        _dir.Write("a.md", Drafts.FrontMatter + Drafts.Countries + "\n");

        var run = CheckerRun.In(_dir.Path, "verify", "a.md");

        Assert.Matches(@"checker\.json\(3,\d+\): error FC9004: ", run.Stderr);
        Assert.Contains("warning FC1001:", run.Stdout); // the broken file was dropped: defaults apply
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Theory]
    [InlineData("{\n  \"rulez\": {}\n}", 2, 3, "unknown key 'rulez'")]
    [InlineData("{\n  \"rules\": { \"FC1001\": \"loud\" }\n}", 2, 24, "the severity of FC1001")]
    [InlineData("{ \"failOn\": \"fatal\" }", 1, 13, "'failOn' must be one of")]
    [InlineData("{\n\n  \"seeds\": [\"missing\"] }", 3, 13, "seed folder 'missing' has no manifest.json")]
    [InlineData("{ \"defaultCurrency\": \"dollars\" }", 1, 22, "three-letter ISO code")]
    // Read as Json.NET's JToken loader read them (the positions below are the ones it gave): comments ignored, the last
    // of two keys with the same name wins in the first one's place, a date-like string is not a string, truncation.
    [InlineData("{\n  // comment\n  \"root\": false, /* c */ \"minSeverity\": \"loud\"\n}", 3, 41, "'minSeverity' must be one of")]
    [InlineData("{\"rules\": {\"FC1001\": \"off\"}, \"rules\": {\"FC9999\": \"bad\"}}", 1, 50, "the severity of FC9999")]
    [InlineData("{\"root\": true, \"root\": 5}", 1, 24, "'root' must be true or false")]
    [InlineData("{\"seeds\": [\"2025-01-01T00:00:00\"]}", 1, 11, "'seeds' must be an array of strings")]
    [InlineData("\"text\"", 1, 1, "the configuration must be a JSON object")]
    [InlineData("[1]", 1, 1, "the configuration must be a JSON object")]
    [InlineData("", 1, 1, "Error reading JToken from JsonReader")]
    [InlineData("{", 1, 1, "Error reading JObject from JsonReader")]
    [InlineData("{\"rules\":", 1, 9, "Unexpected end of content while loading JObject")]
    [InlineData("{\"root\":\n\n\n 3", 4, 2, "Unexpected end of content while loading JObject")]
    [InlineData("[1, 2", 1, 5, "Unexpected end of content while loading JArray")]
    [InlineData("{} /* c */ x", 1, 11, "Additional text encountered after finished reading JSON content")]
    public void A_bad_value_is_pinned_to_its_position(string json, int line, int column, string message)
    {
        var file = _dir.Write("checker.json", json);
        var problems = new List<ConfigProblem>();

        ConfigFile.Parse(json, file, problems);

        var problem = Assert.Single(problems);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public async Task The_schema_accepts_every_key_the_tool_reads_and_rejects_unknown_ones()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(CheckerRun.RepoRoot, "schema", "checker.schema.json"));
        var full = """
            { "$schema": "./schema/checker.schema.json", "root": true, "seeds": ["facts"], "defaultCurrency": "USD",
              "synonyms": { "country": ["realm"] }, "rules": { "FC5001": "off", "FC1001": "error" },
              "minSeverity": "info", "failOn": "warning", "ignore": ["archive/"] }
            """;
        _dir.Write("facts/manifest.json", """{ "sources": [] }""");
        var problems = new List<ConfigProblem>();
        ConfigFile.Parse(full, _dir.Write("checker.json", full), problems);

        Assert.Empty(problems);
        Assert.Empty(schema.Validate(full));
        Assert.NotEmpty(schema.Validate("""{ "rulez": {} }"""));
        Assert.NotEmpty(schema.Validate("""{ "rules": { "FC1001": "loud" } }"""));
    }
}

/// <summary>The "ignore" globs, relative to the folder of the checker.json that names them.</summary>
public sealed class IgnorePatternTests
{
    [Theory]
    [InlineData("archive/", "archive/a.md", true)]
    [InlineData("archive/", "docs/archive/deep/a.md", true)] // a folder name alone matches at any depth
    [InlineData("archive/", "docs/archived.md", false)]
    [InlineData("*.draft.md", "x/y/z.draft.md", true)]
    [InlineData("docs/*.md", "docs/a.md", true)]
    [InlineData("docs/*.md", "docs/sub/a.md", false)] // "*" stays within one folder
    [InlineData("docs/**/*.md", "docs/sub/deeper/a.md", true)]
    [InlineData("docs/**/*.md", "docs/a.md", true)] // "**/" may match no folder at all
    [InlineData("/notes.md", "notes.md", true)]
    [InlineData("a?.md", "ab.md", true)]
    [InlineData("a?.md", "abc.md", false)]
    public void Globs_match_paths_below_their_file(string glob, string relative, bool matches)
    {
        var root = Path.Combine(Path.GetTempPath(), "checker-globs");

        Assert.Equal(matches, new IgnorePattern(root, glob).Matches(Path.Combine(root, relative)));
    }

    [Fact]
    public void A_glob_never_matches_outside_its_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "checker-globs", "project");

        Assert.False(new IgnorePattern(root, "**").Matches(Path.Combine(root, "..", "elsewhere", "a.md")));
    }
}
