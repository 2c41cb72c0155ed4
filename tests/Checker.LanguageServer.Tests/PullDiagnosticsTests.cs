using Checker.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static Checker.LanguageServer.Tests.Infrastructure.TextRanges;

namespace Checker.LanguageServer.Tests;

/// <summary>A client that pulls diagnostics is told "unchanged" when a check finds exactly the report it already holds.</summary>
public sealed class PullDiagnosticsTests
{
    private const string Uri = "file:///drafts/pulled.md";

    [Fact]
    public async Task A_pull_that_finds_the_same_report_answers_unchanged_with_the_result_id_the_client_holds()
    {
        var text = Repository.Draft("dev-02-figures.md");
        await using var client = TestClient.Start();
        var capabilities = TestClient.DefaultCapabilities();
        capabilities["textDocument"]!["diagnostic"] = new JObject { ["dynamicRegistration"] = false };
        await client.InitializeAsync(capabilities: capabilities);
        await client.OpenAsync(Uri, text);

        var first = await PullAsync(client, null);
        Assert.Equal("full", (string?)first["kind"]);
        var held = (string)first["resultId"]!;
        Assert.Contains(first["items"]!, d => (string?)d["code"] == "FC1001" && Slice(text, d["range"]!) == "$7.5 billion");

        // Asked again, and after an edit that changes no diagnostic (a sentence without figures at the end).
        AssertUnchanged(held, await PullAsync(client, held));
        var end = PositionOf(text, text.Length);
        await client.ChangeAsync(Uri, 2, new JObject { ["start"] = end, ["end"] = end }, "\nA closing line without figures.\n");
        AssertUnchanged(held, await PullAsync(client, held));

        // An edit that moves a finding: a full report with a new result ID and the new range.
        var figure = RangeOf(text, "$7.5 billion");
        var lineStart = new JObject { ["line"] = figure["start"]!["line"], ["character"] = 0 };
        await client.ChangeAsync(Uri, 3, new JObject { ["start"] = lineStart, ["end"] = lineStart }, "  ");
        var moved = await PullAsync(client, held);
        Assert.Equal("full", (string?)moved["kind"]);
        Assert.NotEqual(held, (string?)moved["resultId"]);
        var edited = Apply(text + "\nA closing line without figures.\n", new JObject { ["start"] = lineStart, ["end"] = lineStart }, "  ");
        Assert.Contains(moved["items"]!, d => (string?)d["code"] == "FC1001" && Slice(edited, d["range"]!) == "$7.5 billion");

        // A client still holding the older report gets the full one, not "unchanged".
        Assert.Equal("full", (string?)(await PullAsync(client, held))["kind"]);
    }

    private static async Task<JObject> PullAsync(TestClient client, string? previousResultId)
    {
        var request = new JObject { ["textDocument"] = new JObject { ["uri"] = Uri } };
        if (previousResultId is not null) request["previousResultId"] = previousResultId;
        return (JObject)(await client.RequestAsync("textDocument/diagnostic", request))!;
    }

    private static void AssertUnchanged(string resultId, JObject report) =>
        Assert.True(JToken.DeepEquals(new JObject { ["resultId"] = resultId, ["kind"] = "unchanged" }, report), report.ToString());
}
