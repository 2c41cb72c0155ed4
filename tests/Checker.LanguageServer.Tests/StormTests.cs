using System.Text;
using Checker.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Checker.LanguageServer.Tests;

/// <summary>
/// Thousands of random edits (valid, out of range, reversed), messages out of order or malformed, and a 2 MB draft:
/// the server stays up, keeps answering, and its final diagnostics equal a fresh check of the final text.
/// </summary>
public sealed class StormTests
{
    private const string Uri = "file:///drafts/storm.md";
    private const string FreshUri = "file:///drafts/storm-fresh.md";
    private const string HugeUri = "file:///drafts/storm-huge.md";

    private static readonly string[] Snippets =
    [
        "$7.5 billion", "$6.5 billion", " more than 50 countries", "more than 30 countries", " in 2023", "\n", "\n\n", " ", "Canada ",
        "the prime minister announced ", "2,000 troops", "about 5,000 troops", "- ", "# ", "**", "`", "```\n", "<!-- checker-",
        "<!-- checker-disable-next-line FC1001 -->\n", " -->", "---\n", "é", "\U0001F600", "\t", ".", ", ", "US$60-billion", "%",
    ];

    private string _step = "start";

    [Fact]
    public async Task Random_edits_and_bad_messages_leave_the_server_up_and_its_diagnostics_equal_a_fresh_check()
    {
        // Bounded: a server that stops answering fails the test with the step it stopped at, never hangs the run.
        var storm = StormAsync();
        if (await Task.WhenAny(storm, Task.Delay(TimeSpan.FromMinutes(2))) != storm) Assert.Fail($"the server stopped answering at {_step}");
        await storm;
    }

    private async Task StormAsync()
    {
        var random = new Random(20261123);
        var original = Repository.Draft("dev-02-figures.md");
        var text = original;
        await using var client = TestClient.Start();
        await client.InitializeAsync(initializationOptions: new JObject
        {
            ["cacheDirectory"] = Path.Combine(Path.GetTempPath(), "checker-lsp-tests-cache"), ["debounceMs"] = 20,
        });

        // Before the document is open: edits, hovers and code actions for it.
        await client.ChangeAsync(Uri, 5, RangeAt(text, 0, 3), "nothing");
        await ExpectInvalidParamsAsync(client.RequestAsync("textDocument/hover", Hover(Uri, 0, 0)));
        await client.OpenAsync(Uri, text);

        // A 2 MB draft open at the same time, edited while its first check runs.
        var huge = new StringBuilder(text);
        while (huge.Length < 2_000_000) huge.Append(text, text.IndexOf("# ", StringComparison.Ordinal), text.Length - text.IndexOf("# ", StringComparison.Ordinal));
        var hugeText = huge.ToString();
        await client.OpenAsync(HugeUri, hugeText);
        for (var i = 2; i < 6; i++)
        {
            var at = random.Next(hugeText.Length);
            await client.ChangeAsync(HugeUri, i, RangeAt(hugeText, at, at), "x");
            hugeText = hugeText[..at] + "x" + hugeText[at..];
        }

        var version = 1;
        for (var step = 0; step < 3000; step++)
        {
            var roll = random.Next(100);
            _step = $"step {step} (roll {roll}, version {version})";
            if (roll < 80)
            {
                // A valid incremental edit: delete a random range, insert a snippet (or nothing).
                var start = random.Next(text.Length + 1);
                var end = Math.Min(text.Length, start + (random.Next(4) == 0 && text.Length > original.Length / 2 ? random.Next(200) : random.Next(8)));
                var paste = random.Next(original.Length - 300);
                var insert = random.Next(8) switch { 0 => "", 1 => original.Substring(paste, random.Next(20, 300)), _ => Snippets[random.Next(Snippets.Length)] };
                await client.ChangeAsync(Uri, ++version, RangeAt(text, start, end), insert);
                text = text[..start] + insert + text[end..];
            }
            else if (roll < 86)
            {
                // Out of range, negative or reversed: the server clamps as the specification says; the test models it.
                var range = new JObject { ["start"] = WildPosition(random), ["end"] = WildPosition(random) };
                var insert = Snippets[random.Next(Snippets.Length)];
                await client.ChangeAsync(Uri, ++version, range, insert);
                var s = Clamp(text, range["start"]!);
                var e = Math.Max(s, Clamp(text, range["end"]!));
                text = text[..s] + insert + text[e..];
            }
            else if (roll < 88)
            {
                // Several changes in one notification, each against the text the previous one left.
                var changes = new JArray();
                for (var k = 0; k < 3; k++)
                {
                    var start = random.Next(text.Length + 1);
                    var end = Math.Min(text.Length, start + random.Next(5));
                    var insert = Snippets[random.Next(Snippets.Length)];
                    changes.Add(new JObject { ["range"] = RangeAt(text, start, end), ["text"] = insert });
                    text = text[..start] + insert + text[end..];
                }
                await client.Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new JObject
                {
                    ["textDocument"] = new JObject { ["uri"] = Uri, ["version"] = ++version }, ["contentChanges"] = changes,
                });
            }
            else if (roll < 90)
            {
                // The version goes backwards: still the editor's latest text, so it is applied.
                await client.ChangeAsync(Uri, version - random.Next(1, 50), RangeAt(text, 0, 0), "");
            }
            else if (roll < 93)
            {
                await SendGarbageAsync(client, random);
            }
            else if (roll < 95)
            {
                await client.ChangeAsync("file:///drafts/never-opened-" + step + ".md", 1, RangeAt(text, 0, 0), "x");
                await ExpectInvalidParamsAsync(client.RequestAsync("textDocument/codeAction", new JObject
                {
                    ["textDocument"] = new JObject { ["uri"] = "file:///unknown/" + step + ".md" }, ["range"] = RangeAt(text, 0, 0), ["context"] = new JObject(),
                }));
            }
            else if (roll < 98)
            {
                // Answers keep coming, for the current text (the position may be anywhere, even past the end).
                var hover = await client.RequestAsync("textDocument/hover", Hover(Uri, random.Next(-2, 60), random.Next(-2, 200)));
                Assert.True(hover is null || hover.Type is JTokenType.Null or JTokenType.Object);
            }
            else
            {
                var actions = await client.RequestAsync("textDocument/codeAction", new JObject
                {
                    ["textDocument"] = new JObject { ["uri"] = Uri }, ["range"] = new JObject { ["start"] = WildPosition(random), ["end"] = WildPosition(random) },
                    ["context"] = new JObject(),
                });
                Assert.Equal(JTokenType.Array, actions!.Type);
            }
        }

        await client.Rpc.NotifyWithParameterObjectAsync("textDocument/didClose", new JObject { ["textDocument"] = new JObject { ["uri"] = HugeUri } });
        const int finalVersion = 1_000_000;
        await client.ChangeAsync(Uri, finalVersion, RangeAt(text, text.Length, text.Length), "\nCanada has committed $7.5 billion in military assistance to Ukraine since the beginning of 2022.\n");
        text += "\nCanada has committed $7.5 billion in military assistance to Ukraine since the beginning of 2022.\n";
        var final = await client.DiagnosticsAsync(Uri, finalVersion, TimeSpan.FromSeconds(60));
        Assert.True(text.Length > original.Length / 2, $"the storm should leave a draft of some size, not {text.Length} characters");

        await client.OpenAsync(FreshUri, text);
        var fresh = await client.DiagnosticsAsync(FreshUri, 1, TimeSpan.FromSeconds(60));
        Assert.Equal(Comparable(fresh), Comparable(final));
        Assert.Contains(final, d => (string?)d["code"] == "FC1001");

        // The server's own view of the text agrees with the model: a quick fix applied here lands where the test expects.
        Assert.Equal(0, await client.ShutdownAndExitAsync());
        Assert.DoesNotContain("Unhandled exception", client.Stderr);
        Assert.DoesNotContain("   at ", client.Stderr);
    }

    private static async Task SendGarbageAsync(TestClient client, Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                await client.Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri }, ["contentChanges"] = "x" });
                break;
            case 1:
                await client.Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new JObject { ["contentChanges"] = new JArray(42) });
                break;
            case 2:
                await client.Rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new JObject { ["textDocument"] = "garbage" });
                break;
            case 3:
                await ExpectErrorAsync(client.RequestAsync("textDocument/hover", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri }, ["position"] = "here" }));
                break;
            case 4:
                await ExpectErrorAsync(client.RequestAsync("workspace/executeCommand", new JObject { ["command"] = "checker.showFacts", ["arguments"] = new JArray("x", "y") }));
                break;
            default:
                // The client's writes pass through a pipe that drains in the background: wait for an answer, so nothing of
                // the client's is still in flight, then write a malformed frame whole.
                await ExpectInvalidParamsAsync(client.RequestAsync("textDocument/hover", Hover("file:///not-open.md", 0, 0)));
                var body = Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "{\"jsonrpc\":\"2.0\",\"method\":" : "[1,2,3]");
                await client.RawInput.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n{Encoding.UTF8.GetString(body)}"));
                await client.RawInput.FlushAsync();
                break;
        }
    }

    private static async Task ExpectInvalidParamsAsync(Task<JToken?> request)
    {
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => request);
        Assert.Equal(StreamJsonRpc.Protocol.JsonRpcErrorCode.InvalidParams, error.ErrorCode);
    }

    private static async Task ExpectErrorAsync(Task<JToken?> request) => await Assert.ThrowsAnyAsync<RemoteRpcException>(() => request);

    private static JObject Hover(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JObject { ["uri"] = uri }, ["position"] = new JObject { ["line"] = line, ["character"] = character },
    };

    private static JObject WildPosition(Random random) => new()
    {
        ["line"] = random.Next(4) switch { 0 => -random.Next(1, 5), 1 => random.Next(1000, 1_000_000), _ => random.Next(0, 40) },
        ["character"] = random.Next(3) switch { 0 => -random.Next(1, 5), 1 => random.Next(500, 100_000), _ => random.Next(0, 80) },
    };

    private static JObject RangeAt(string text, int start, int end) =>
        new() { ["start"] = TextRanges.PositionOf(text, start), ["end"] = TextRanges.PositionOf(text, end) };

    /// <summary>The specification's reading of a position: past the line's end is its end (before the break), past the last line is the text's end.</summary>
    private static int Clamp(string text, JToken position)
    {
        var line = (int)position["line"]!;
        var character = (int)position["character"]!;
        if (line < 0) return 0;
        var lineStart = 0;
        for (var i = 0; i < line; i++)
        {
            var next = text.IndexOf('\n', lineStart);
            if (next < 0) return text.Length;
            lineStart = next + 1;
        }
        var lineEnd = text.IndexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.Length;
        return lineStart + Math.Clamp(character, 0, lineEnd - lineStart);
    }

    private static List<string> Comparable(JArray diagnostics) =>
        diagnostics.Select(d => $"{d["code"]} {d["range"]!.ToString(Newtonsoft.Json.Formatting.None)} {d["severity"]} {d["message"]}").Order(StringComparer.Ordinal).ToList();
}
