using Checker.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static Checker.LanguageServer.Tests.Infrastructure.TextRanges;

namespace Checker.LanguageServer.Tests;

/// <summary>The writer's path through a wrong figure: squiggle, evidence, hover, quick fix, squiggle gone.</summary>
public sealed class FigureContradictionTests
{
    private const string Uri = "file:///drafts/dev-02-figures.md";
    private readonly string _draft = Repository.Draft("dev-02-figures.md");

    [Fact]
    public async Task Wrong_figure_is_reported_explained_fixed_and_cleared()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, _draft);

        var diagnostics = await client.DiagnosticsAsync(Uri, 1);
        var figure = RangeOf(_draft, "$7.5 billion");
        var fc1001 = diagnostics.Single(d => (string?)d["code"] == "FC1001" && JToken.DeepEquals(d["range"], figure));
        Assert.Equal("checker", (string?)fc1001["source"]);
        Assert.EndsWith("rules/FC1001.md", (string)fc1001["codeDescription"]!["href"]!);
        Assert.True(File.Exists(new System.Uri((string)fc1001["codeDescription"]!["href"]!).LocalPath));

        // The evidence is the exact sentence of a file under seeds/ that states the source's figure.
        var evidence = (JObject)fc1001["relatedInformation"]![0]!;
        var evidenceUri = (string)evidence["location"]!["uri"]!;
        Assert.Matches(@"/seeds/[^/]+\.txt$", evidenceUri);
        var sentence = Slice(FileText(evidenceUri), evidence["location"]!["range"]!);
        Assert.Contains("6.5 billion", sentence);
        Assert.Contains("$6.5 billion", (string)fc1001["message"]!);

        // Hovering the figure quotes that sentence, with outlet and date as the evidence caption names them.
        var hover = await client.RequestAsync("textDocument/hover", At(figure["start"]!));
        var markdown = (string)hover!["contents"]!["value"]!;
        Assert.Contains(Flatten(sentence)[..60], markdown);
        var caption = (string)evidence["message"]!;
        var outletAndDate = caption[..caption.IndexOf(':')];
        Assert.Contains(outletAndDate.Split(", ")[0], markdown);
        Assert.Contains(outletAndDate.Split(", ")[1], markdown);

        // The preferred quick fix writes the source's figure over the draft's.
        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri },
            ["range"] = figure,
            ["context"] = new JObject { ["diagnostics"] = new JArray(fc1001) },
        }))!;
        var fix = actions.Single(a => (string?)a["kind"] == "quickfix" && (bool?)a["isPreferred"] == true);
        var edit = (JObject)fix["edit"]!["changes"]![Uri]!.Single();
        Assert.Contains("6.5", (string)edit["newText"]!);

        await client.ChangeAsync(Uri, 2, edit["range"]!, (string)edit["newText"]!);
        var fixedText = Apply(_draft, edit["range"]!, (string)edit["newText"]!);
        var after = await client.DiagnosticsAsync(Uri, 2);
        var repaired = RangeOf(fixedText, (string)edit["newText"]!);
        Assert.DoesNotContain(after, d => (string?)d["code"] == "FC1001" && Offset(fixedText, d["range"]!["start"]!) == Offset(fixedText, repaired["start"]!));
        // The rest of the draft is still checked: the other refuted figures are still there.
        Assert.Contains(after, d => (string?)d["code"] == "FC1001");

        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Ignore_this_claim_inserts_the_suppression_comment_above_the_claim()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, _draft);
        await client.DiagnosticsAsync(Uri, 1);
        var figure = RangeOf(_draft, "$7.5 billion");

        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri }, ["range"] = figure, ["context"] = new JObject { ["diagnostics"] = new JArray() },
        }))!;
        var ignore = actions.Single(a => ((string)a["title"]!).StartsWith("Ignore FC1001 on this line"));
        var edit = ignore["edit"]!["changes"]![Uri]!.Single();
        var result = Apply(_draft, edit["range"]!, (string)edit["newText"]!);
        var figureLine = (int)figure["start"]!["line"]!;
        Assert.Equal("<!-- checker-disable-next-line FC1001 -->", result.Split('\n')[figureLine]);
        Assert.Contains("$7.5 billion", result.Split('\n')[figureLine + 1]);

        var showFacts = actions.Single(a => a["command"] is not null);
        var report = (string?)await client.RequestAsync("workspace/executeCommand", (JObject)showFacts["command"]!.DeepClone());
        Assert.Contains("$7.5 billion", report);
        Assert.Contains("6.5 billion", report);
    }

    private static JObject At(JToken position) => new() { ["textDocument"] = new JObject { ["uri"] = Uri }, ["position"] = position };

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
