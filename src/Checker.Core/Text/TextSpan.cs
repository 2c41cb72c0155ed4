namespace Checker.Core.Text;

/// <summary>A half-open range of UTF-16 code units in a document: the one position type of the core.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public static TextSpan FromLength(int start, int length) => new(start, start + length);
    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>A zero-based line and UTF-16 column, as LSP and the JSON report count them.</summary>
public readonly record struct LinePosition(int Line, int Character);
