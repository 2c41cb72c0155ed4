using Checker.LanguageServer.Checking;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Features;
using Checker.LanguageServer.Protocol;
using Checker.LanguageServer.Tests.Infrastructure;

namespace Checker.LanguageServer.Tests;

/// <summary>
/// In process: the diagnostics JSON written from cached templates is, after every edit of a sequence, exactly the JSON
/// of converting and serializing every diagnostic afresh; and an edit that only moves findings serializes none again.
/// </summary>
public sealed class DiagnosticsJsonTests
{
    private const string Uri = "file:///drafts/typed.md";

    // A self-contradiction (FC4001: a related location in the draft, so two ranges to fill) and text the JSON must escape.
    private const string SelfContradiction = "\n# Coalition \"notes\" \\ draft\n\nThe coalition's guarantees are backed by more than 30 countries.\n\n" +
                                             "Of the 30 countries in the coalition, 12 are expected to send troops.\n";

    private static readonly string CacheDirectory = Path.Combine(Path.GetTempPath(), "checker-lsp-tests-cache");
    private static readonly SeedFiles SeedFiles = new(CacheDirectory);
    private static readonly DiagnosticConverter Converter = new(SeedFiles, new RulePages(CacheDirectory, null));
    private static readonly CheckerSnapshot Snapshot = CheckerSnapshot.Build(1, ServerSettings.Default, null, SeedFiles);

    [Fact]
    public void Every_version_of_a_seeded_edit_sequence_gets_the_bytes_of_a_fresh_serialization()
    {
        var random = new Random(23);
        var original = Repository.Draft("dev-02-figures.md") + Repository.Draft("dev-03-stale.md") + SelfContradiction;
        var text = original;
        var json = new DiagnosticsJson(Converter);
        string[] inserts = ["$6.5 billion", "more than 30 countries", "\n\n", " ", "\n", "In 2023, ", "\"quoted\" ", "not ", "\u201ccurly\u201d ", ""];
        var sawRelated = false;
        for (var version = 1; version <= 80; version++)
        {
            var start = random.Next(text.Length + 1);
            var end = Math.Min(text.Length, start + random.Next(8));
            if (version > 1) text = text[..start] + inserts[random.Next(inserts.Length)] + text[end..];
            if (version % 30 == 0) text = original;
            var draft = Analyse(text, version);
            Assert.Equal(Fresh(draft), LspJson.Serialize(json.Write(draft)));
            sawRelated |= draft.Result.Diagnostics.Any(d => d.Related.Count > 0);
        }
        Assert.True(sawRelated, "the sequence never had a diagnostic with a related location in the draft");
    }

    [Fact]
    public void An_edit_that_only_moves_findings_serializes_none_of_them_again()
    {
        var text = Repository.Draft("dev-02-figures.md") + SelfContradiction;
        var json = new DiagnosticsJson(Converter);
        var first = Analyse(text, 1);
        json.Write(first);
        Assert.Equal(first.Result.Diagnostics.Count, json.LastSerialized + Duplicates(first));

        // A new line below the front matter moves every finding down a line, the FC4001 and its related location included.
        var body = text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4;
        var moved = Analyse(text[..body] + "\n" + text[body..], 2);
        Assert.Equal(Fresh(moved), LspJson.Serialize(json.Write(moved)));
        Assert.Equal(0, json.LastSerialized);

        // A new finding is the only one serialized.
        var added = Analyse(moved.Document.Text + "\nThe museum counted 4,321 visitors in March.\n", 3);
        Assert.Equal(Fresh(added), LspJson.Serialize(json.Write(added)));
        Assert.Equal(1, json.LastSerialized);
    }

    [Fact]
    public void A_new_snapshot_starts_the_templates_afresh()
    {
        var text = Repository.Draft("dev-02-figures.md");
        var json = new DiagnosticsJson(Converter);
        json.Write(Analyse(text, 1));
        var rebuilt = CheckerSnapshot.Build(2, ServerSettings.Default, null, SeedFiles);
        var draft = new AnalysedDraft(new OpenDocument(Uri, 2, text), rebuilt, rebuilt.Checker.Check(text, rebuilt.Options));
        Assert.Equal(Fresh(draft), LspJson.Serialize(json.Write(draft)));
        Assert.Equal(draft.Result.Diagnostics.Count - Duplicates(draft), json.LastSerialized);
    }

    private static AnalysedDraft Analyse(string text, int version) =>
        new(new OpenDocument(Uri, version, text), Snapshot, Snapshot.Checker.Check(text, Snapshot.Options));

    private static string Fresh(AnalysedDraft draft) =>
        LspJson.Serialize(draft.Result.Diagnostics.Select(d => Converter.Convert(d, draft.Result.Document.Lines, Uri)).ToList());

    /// <summary>Diagnostics that share a shape with an earlier one in the same version (serialized once between them).</summary>
    private static int Duplicates(AnalysedDraft draft) =>
        draft.Result.Diagnostics.Count - draft.Result.Diagnostics.Select(d => new DiagnosticShape(d)).Distinct().Count();
}
