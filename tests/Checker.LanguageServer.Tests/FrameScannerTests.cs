using System.Text;
using Checker.LanguageServer.Rpc;

namespace Checker.LanguageServer.Tests;

/// <summary>
/// The frame scanner in process, byte by byte where it matters: whatever a client writes, every well-formed frame after
/// a broken one still comes out, and each broken part is named.
/// </summary>
public sealed class FrameScannerTests
{
    private const string Good = """{"jsonrpc":"2.0","id":1,"method":"shutdown"}""";
    private const string Other = """{"jsonrpc":"2.0","method":"initialized","params":{}}""";

    private static string Frame(string body, int? length = null) => $"Content-Length: {length ?? Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    /// <summary>Feeds the input in pieces of <paramref name="chunk"/> bytes; returns the bodies and the problems in order.</summary>
    private static (List<string> Bodies, List<string> Problems) Scan(string input, int chunk = int.MaxValue)
    {
        var scanner = new FrameScanner();
        var bytes = Encoding.UTF8.GetBytes(input);
        var (bodies, problems) = (new List<string>(), new List<string>());
        for (var at = 0; at < bytes.Length; at += chunk)
        {
            scanner.Append(bytes.AsSpan(at, Math.Min(chunk, bytes.Length - at)));
            while (scanner.Next() is { } next)
            {
                if (next.Problem is { } problem) problems.Add(problem);
                else bodies.Add(Encoding.UTF8.GetString(next.Body!));
            }
        }
        if (scanner.Finish() is { } unfinished) problems.Add(unfinished);
        return (bodies, problems);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1)]
    [InlineData(7)]
    public void Well_formed_frames_pass_whole_in_any_pieces(int chunk)
    {
        var (bodies, problems) = Scan(Frame(Good) + "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + Frame(Other) + Frame("""{"jsonrpc":"2.0","method":"x","params":"é😀"}"""), chunk);
        Assert.Equal([Good, Other, """{"jsonrpc":"2.0","method":"x","params":"é😀"}"""], bodies);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1)]
    public void A_Content_Length_too_large_is_caught_at_the_next_header(int chunk)
    {
        var (bodies, problems) = Scan(Frame(Other, length: 500) + Frame(Good), chunk);
        Assert.Equal([Good], bodies);
        Assert.Contains("Content-Length is 500", Assert.Single(problems));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1)]
    public void A_Content_Length_too_small_drops_that_frame_only(int chunk)
    {
        var (bodies, problems) = Scan(Frame(Other, length: 20) + Frame(Good) + Frame(Other), chunk);
        Assert.Equal([Good, Other], bodies);
        Assert.Contains(problems, p => p.Contains("malformed message") && p.Contains("Content-Length 20"));
        Assert.Contains(problems, p => p.Contains("not part of a frame"));
    }

    [Fact]
    public void A_truncated_body_followed_by_a_good_frame()
    {
        var truncated = Other[..25];
        var (bodies, problems) = Scan(Frame(Other).Replace(Other, truncated) + Frame(Good));
        Assert.Equal([Good], bodies);
        Assert.Single(problems);
    }

    [Fact]
    public void A_body_that_is_not_json_and_bad_headers_are_named_and_skipped()
    {
        var (bodies, problems) = Scan(Frame("hello world") + "Content-Length: many\r\n\r\n" + Frame(Good) + "garbage\r\n\r\n" + "Content-Length: -3\r\n\r\n" + Frame(Other));
        Assert.Equal([Good, Other], bodies);
        Assert.Contains(problems, p => p.Contains("invalid JSON"));
        Assert.Contains(problems, p => p.Contains("'many' is not a byte count"));
        Assert.Contains(problems, p => p.Contains("'-3' is not a byte count"));
        Assert.Contains(problems, p => p.Contains("not part of a frame, starting 'garbage"));
    }

    [Fact]
    public void A_large_body_full_of_header_like_text_arrives_in_pieces_and_comes_out_whole()
    {
        // Draft text may say "Content-Length: 12" (escaped line breaks): only a raw CR LF after it marks a real header.
        var text = string.Concat(Enumerable.Repeat("Content-Length: 12\\r\\n and a figure of $7.5 billion. ", 60_000));
        var body = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"text\":\"" + text + "\"}}";
        var (bodies, problems) = Scan(Frame(body) + Frame(Good), chunk: 64 * 1024);
        Assert.Equal([body, Good], bodies);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_frame_cut_off_by_the_end_of_input_is_reported()
    {
        var (bodies, problems) = Scan(Frame(Good) + Frame(Other)[..30]);
        Assert.Equal([Good], bodies);
        Assert.Contains("ended inside a frame", Assert.Single(problems));
    }

    [Fact]
    public void Random_garbage_between_and_inside_frames_never_hides_a_later_frame()
    {
        var random = new Random(20261123);
        for (var round = 0; round < 200; round++)
        {
            var noise = new StringBuilder();
            for (var i = random.Next(1, 6); i > 0; i--)
            {
                var frame = Frame(Other, length: random.Next(2) == 0 ? null : random.Next(0, 200));
                noise.Append(random.Next(3) switch { 0 => frame, 1 => frame[..random.Next(frame.Length)], _ => "x{\"jsonrpc\r\n:" });
            }
            var (bodies, _) = Scan(noise + Frame(Good), chunk: random.Next(1, 40));
            Assert.Equal(Good, bodies.LastOrDefault());
        }
    }
}
