using Checker.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static Checker.LanguageServer.Tests.Infrastructure.TextRanges;

namespace Checker.LanguageServer.Tests;

public sealed class HoverTests
{
    private const string Uri = "file:///drafts/dev-03-stale.md";
    private readonly string _draft = Repository.Draft("dev-03-stale.md");

    [Fact]
    public async Task Hover_on_an_outdated_figure_shows_the_older_and_the_newer_value_in_order()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, _draft);
        var diagnostics = await client.DiagnosticsAsync(Uri, 1);
        var stale = diagnostics.First(d => (string?)d["code"] == "FC2001");
        Assert.Equal("$1.8 billion", Slice(_draft, stale["range"]!));

        var hover = await client.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri }, ["position"] = stale["range"]!["start"],
        });
        var text = (string)hover!["contents"]!["value"]!;
        Assert.True(JToken.DeepEquals(stale["range"], hover["range"]), "the hover covers the claim");
        // Every piece of evidence the diagnostic links to is quoted with its outlet.
        foreach (var related in stale["relatedInformation"]!)
            Assert.Contains(((string)related["message"]!).Split(", ")[0], text);
        var history = text[text.IndexOf("Over time", StringComparison.Ordinal)..];
        var older = history.IndexOf("$1.8 billion", StringComparison.Ordinal);
        var newer = history.IndexOf("$6.5 billion", StringComparison.Ordinal);
        Assert.True(older >= 0 && newer > older, history);
    }

    [Fact]
    public async Task Hover_off_any_claim_is_empty()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, _draft);
        var hover = await client.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri }, ["position"] = PositionOf(_draft, _draft.IndexOf("Ottawa and Kyiv", StringComparison.Ordinal)),
        });
        Assert.True(hover is null || hover.Type == JTokenType.Null);
    }
}
