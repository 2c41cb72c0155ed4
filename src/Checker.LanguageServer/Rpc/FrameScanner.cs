using System.Text;
using System.Text.Json;

namespace Checker.LanguageServer.Rpc;

/// <summary>One result of <see cref="FrameScanner.Next"/>: a well-formed frame's body, or a problem with the input.</summary>
public readonly record struct ScannedFrame(byte[]? Body, string? Problem);

/// <summary>
/// Cuts the bytes a client sends into LSP frames (<c>Content-Length: N</c>, optional other header lines, a blank line,
/// N bytes of JSON-RPC) and survives anything: garbage between frames, a header without a number, a wrong
/// Content-Length, a body that is not JSON or is cut short. After each problem it resynchronises on the next
/// <c>Content-Length</c> header and says what was wrong. Pure (no I/O), so every case is tested without a process.
/// </summary>
/// <remarks>
/// The one fact the resynchronisation rests on: a valid JSON body can never contain a frame header, because a header
/// line ends in a raw CR LF and JSON allows raw line breaks only between tokens, where no <c>Content-Length</c> can be.
/// So a header inside a frame's claimed body proves the Content-Length wrong, and that frame is dropped.
/// </remarks>
public sealed class FrameScanner
{
    /// <summary>Bodies larger than this are refused (the CLI refuses drafts over 16 MB; a frame may hold one and more).</summary>
    public const int MaxBodyBytes = 256 * 1024 * 1024;

    private const int MaxHeaderBytes = 8 * 1024;
    private static readonly byte[] HeaderName = "Content-Length"u8.ToArray();
    private static readonly byte[] BlankLine = "\r\n\r\n"u8.ToArray();

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private int _bodySearched; // how much of the current frame's claimed body has been searched for a header
    private long _skipped;
    private string? _skippedPreview;

    private Span<byte> Pending => _buffer.AsSpan(_start, _end - _start);

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_end + data.Length > _buffer.Length)
        {
            var pending = _end - _start;
            var target = pending + data.Length > _buffer.Length ? new byte[Math.Max(_buffer.Length * 2, pending + data.Length)] : _buffer;
            Buffer.BlockCopy(_buffer, _start, target, 0, pending);
            (_buffer, _start, _end) = (target, 0, pending);
        }
        data.CopyTo(_buffer.AsSpan(_end));
        _end += data.Length;
    }

    /// <summary>The next frame or problem in what has arrived so far; null when more input is needed.</summary>
    public ScannedFrame? Next()
    {
        while (true)
        {
            var pending = Pending;
            var header = IndexOfHeaderName(pending, 0);
            if (header < 0)
            {
                // Garbage so far. Keep a tail that could be the start of a header split across reads; drop the rest
                // once it is too long to be a header block in the making.
                if (pending.Length <= MaxHeaderBytes) return null;
                Skip(pending.Length - HeaderName.Length);
                continue;
            }
            if (header > 0)
            {
                // Other header lines (Content-Type) may come before Content-Length; anything else is garbage.
                if (!IsHeaderLines(pending[..header])) Skip(header);
                else Advance(header);
                if (TakeSkipped() is { } skipped) return new ScannedFrame(null, skipped);
                continue;
            }
            if (TakeSkipped() is { } garbage) return new ScannedFrame(null, garbage);

            var blank = pending.IndexOf(BlankLine);
            if (blank < 0 && pending.Length <= MaxHeaderBytes) return null;
            var length = 0;
            string? problem = null;
            if (blank < 0 || !TryReadHeader(pending[..blank], out length, out problem))
            {
                problem ??= "a Content-Length header not followed by a blank line";
                Advance(1); // resynchronise on the next header after this one
                return new ScannedFrame(null, $"skipped a frame: {problem}");
            }

            var bodyStart = blank + BlankLine.Length;
            var available = Math.Min(length, pending.Length - bodyStart);
            // Only what arrived since the last look is new; a header line cut by the end then is searched again whole.
            var from = Math.Max(0, _bodySearched - MaxHeaderBytes);
            var intruder = IndexOfFrameHeader(pending.Slice(bodyStart + from, available - from));
            _bodySearched = available;
            if (intruder >= 0) intruder += from;
            if (intruder >= 0)
            {
                Advance(bodyStart + intruder);
                return new ScannedFrame(null,
                    $"skipped a frame: its Content-Length is {length} but the next frame's header starts {intruder} bytes into its body (a wrong Content-Length or a body cut short)");
            }
            if (available < length) return null;

            var body = pending.Slice(bodyStart, length).ToArray();
            if (Problem(body) is { } malformed)
            {
                // A broken body may hold the start of the next frame (a Content-Length too small): look for it there.
                var resume = IndexOfHeaderStart(body);
                Advance(bodyStart + (resume >= 0 ? resume : length));
                return new ScannedFrame(null, $"skipped a malformed message ({malformed}; Content-Length {length})");
            }
            Advance(bodyStart + length);
            return new ScannedFrame(body, null);
        }
    }

    /// <summary>At the end of the input: what was left unfinished, if anything.</summary>
    public string? Finish()
    {
        var pending = Pending;
        if (pending.Length > 0 && !pending.ContainsAnyExcept(" \t\r\n"u8))
            return TakeSkipped();
        if (pending.Length > 0) Skip(pending.Length);
        return TakeSkipped() is { } left ? $"the input ended inside a frame; {left}" : null;
    }

    private void Advance(int count)
    {
        _start += count;
        _bodySearched = 0;
    }

    private void Skip(int count)
    {
        var skipped = Pending[..count];
        if (skipped.ContainsAnyExcept(" \t\r\n"u8))
        {
            _skippedPreview ??= Preview(skipped);
            _skipped += count;
        }
        Advance(count);
    }

    private string? TakeSkipped()
    {
        if (_skipped == 0) return null;
        var message = $"skipped {_skipped} bytes that were not part of a frame, starting '{_skippedPreview}'";
        (_skipped, _skippedPreview) = (0, null);
        return message;
    }

    private static bool TryReadHeader(ReadOnlySpan<byte> block, out int length, out string? problem)
    {
        length = 0;
        problem = null;
        var lines = Encoding.ASCII.GetString(block).Split("\r\n");
        var colon = lines[0].IndexOf(':');
        var value = colon < 0 ? "" : lines[0][(colon + 1)..].Trim();
        if (colon < 0 || lines[0][..colon].Trim().Length != HeaderName.Length)
            problem = $"a header line '{Shorten(lines[0])}' that is not 'Content-Length: N'";
        else if (!int.TryParse(value, System.Globalization.NumberStyles.None, null, out length))
            problem = $"Content-Length '{Shorten(value)}' is not a byte count";
        else if (length > MaxBodyBytes)
            problem = $"Content-Length {length} is over the limit of {MaxBodyBytes} bytes";
        else if (lines.Skip(1).FirstOrDefault(line => !IsHeaderLine(line)) is { } odd)
            problem = $"'{Shorten(odd)}' where a header line or the blank line should be";
        return problem is null;
    }

    private static bool IsHeaderLine(string line)
    {
        var colon = line.IndexOf(':');
        return colon > 0 && line[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    private static bool IsHeaderLines(ReadOnlySpan<byte> text)
    {
        if (text.Length < 2 || text[^2] != '\r' || text[^1] != '\n') return false;
        return Encoding.ASCII.GetString(text[..^2]).Split("\r\n").All(IsHeaderLine);
    }

    /// <summary>Where "Content-Length" (any case) starts, from <paramref name="from"/>; -1 if nowhere.</summary>
    private static int IndexOfHeaderName(ReadOnlySpan<byte> text, int from)
    {
        for (var i = from; i <= text.Length - HeaderName.Length; i++)
        {
            var next = text[i..].IndexOfAny((byte)'C', (byte)'c');
            if (next < 0) return -1;
            i += next;
            if (i > text.Length - HeaderName.Length) return -1;
            if (Ascii.EqualsIgnoreCase(text.Slice(i, HeaderName.Length), HeaderName)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Where a complete header line "Content-Length: value CR LF" starts; -1 if none. The value may hold anything but a
    /// quote or a line break (so a bad value is caught too): in valid JSON such a line could only sit inside a string,
    /// and a string cannot hold a raw line break.
    /// </summary>
    private static int IndexOfFrameHeader(ReadOnlySpan<byte> text)
    {
        for (var at = IndexOfHeaderName(text, 0); at >= 0; at = IndexOfHeaderName(text, at + 1))
        {
            var rest = text[(at + HeaderName.Length)..].TrimStart(" \t"u8);
            if (rest.IsEmpty || rest[0] != ':') continue;
            var end = rest.IndexOfAny("\"\r\n"u8);
            if (end > 0 && rest[end] == '\r' && rest.Length > end + 1 && rest[end + 1] == '\n') return at;
        }
        return -1;
    }

    /// <summary>Where a header name starts inside a broken body, or a prefix of one is cut off by its end; -1 if neither.</summary>
    private static int IndexOfHeaderStart(ReadOnlySpan<byte> body)
    {
        var whole = IndexOfHeaderName(body, 0);
        if (whole >= 0) return whole;
        for (var cut = Math.Min(HeaderName.Length - 1, body.Length); cut > 0; cut--)
            if (Ascii.EqualsIgnoreCase(body[^cut..], HeaderName.AsSpan(0, cut))) return body.Length - cut;
        return -1;
    }

    private static string Preview(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 40)]);
        return string.Concat(text.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString()));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Why a body is not a JSON-RPC message StreamJsonRpc can take, or null when it is one.</summary>
    internal static string? Problem(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "not a JSON object";
            if (!root.TryGetProperty("jsonrpc", out _)) return "no 'jsonrpc' member";
            if (root.TryGetProperty("method", out var method) && method.ValueKind != JsonValueKind.String) return "'method' is not a string";
            if (!root.TryGetProperty("method", out _) && !root.TryGetProperty("id", out _)) return "neither a request, a notification nor a response";
            return null;
        }
        catch (JsonException ex)
        {
            return "invalid JSON: " + ex.Message;
        }
    }
}
