namespace Checker.Core.Text;

/// <summary>Maps offsets to zero-based line/character positions and back. Lines end at '\n' ("\r\n" counts as one ending).</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineMap(string text)
    {
        // Counted first so the array is made once at its size; both passes are vectorized searches.
        _lineStarts = new int[text.AsSpan().Count('\n') + 1];
        for (int line = 1, end = text.IndexOf('\n'); end >= 0; end = text.IndexOf('\n', end + 1)) _lineStarts[line++] = end + 1;
        _length = text.Length;
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>
    /// Line <paramref name="line"/> without its ending: up to its '\n' (a "\r\n" line keeps its '\r'), the last up to the
    /// end of the text. For the engine's own line-by-line passes over the text.
    /// </summary>
    internal TextSpan Line(int line) =>
        new(_lineStarts[line], line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : _length);

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Length) return _length;
        var lineEnd = position.Line + 1 < _lineStarts.Length ? _lineStarts[position.Line + 1] : _length;
        return Math.Min(_lineStarts[position.Line] + Math.Max(0, position.Character), lineEnd);
    }

    public (LinePosition Start, LinePosition End) GetRange(TextSpan span) => (GetPosition(span.Start), GetPosition(span.End));
}
