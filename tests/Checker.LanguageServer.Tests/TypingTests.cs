using Checker.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static Checker.LanguageServer.Tests.Infrastructure.TextRanges;

namespace Checker.LanguageServer.Tests;

/// <summary>Diagnostics follow the writer's keystrokes: debounced, only for the current version, on unsaved text.</summary>
public sealed class TypingTests
{
    private const string Uri = "untitled:Untitled-1";

    [Fact]
    public async Task A_burst_of_edits_publishes_only_the_last_version()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync(initializationOptions: new JObject { ["debounceMs"] = 1000 });
        var text = "Canada has committed $1 billion in military assistance to Ukraine since the beginning of 2022.\n";
        await client.OpenAsync(Uri, text);
        await client.DiagnosticsAsync(Uri, 1);

        // Type "$7.5" over "$1", one character at a time, well within the (generous, for loaded CI machines) debounce.
        var figure = RangeOf(text, "$1");
        await client.ChangeAsync(Uri, 2, figure, "");
        var at = figure["start"]!;
        var typed = "";
        foreach (var (ch, version) in "$7.5".Select((c, i) => (c, i + 3)))
        {
            var position = new JObject { ["line"] = at["line"], ["character"] = (int)at["character"]! + typed.Length };
            await client.ChangeAsync(Uri, version, new JObject { ["start"] = position, ["end"] = position }, ch.ToString());
            typed += ch;
        }

        var final = await client.DiagnosticsAsync(Uri, 6);
        var expected = text.Replace("$1", "$7.5");
        Assert.Contains(final, d => (string?)d["code"] == "FC1001" && Slice(expected, d["range"]!) == "$7.5 billion");
        var versions = client.Published.Where(p => (string?)p["uri"] == Uri).Select(p => (int)p["version"]!).ToList();
        Assert.DoesNotContain(versions, v => v is > 1 and < 6);
    }

    [Fact]
    public async Task Claim_counts_follow_each_published_version()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync("file:///drafts/dev-02.md", Repository.Draft("dev-02-figures.md"));
        var diagnostics = await client.DiagnosticsAsync("file:///drafts/dev-02.md", 1);
        await Task.Delay(200);
        JObject counts;
        lock (client.Handlers.ClaimCounts) counts = client.Handlers.ClaimCounts.Last();
        Assert.Equal(1, (int)counts["version"]!);
        Assert.True((int)counts["refuted"]! >= diagnostics.Count(d => (string?)d["code"] == "FC1001"));
    }

    [Fact]
    public async Task Closing_a_draft_clears_its_diagnostics()
    {
        const string uri = "file:///drafts/closing.md";
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(uri, Repository.Draft("dev-02-figures.md"));
        Assert.NotEmpty(await client.DiagnosticsAsync(uri, 1));
        await client.Rpc.NotifyWithParameterObjectAsync("textDocument/didClose", new JObject { ["textDocument"] = new JObject { ["uri"] = uri } });
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && client.Published.Last(p => (string?)p["uri"] == uri)["diagnostics"]!.HasValues) await Task.Delay(50);
        Assert.Empty(client.Published.Last(p => (string?)p["uri"] == uri)["diagnostics"]!);
    }
}
