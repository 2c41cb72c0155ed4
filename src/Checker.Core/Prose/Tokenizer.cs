using Checker.Core.Text;

namespace Checker.Core.Prose;

public enum TokenKind { Word, Number, Symbol, Punct }

/// <summary>A token of prose. <see cref="Joined"/> is true when no space separates it from the token before.</summary>
/// <remarks>
/// A draft's tokens are kept for the whole check (the rules read them too), so a token is 16 bytes, not 24: its span is
/// stored as a start and a 16-bit length, its kind as a byte. A token's text is exactly the prose it spans, so a token
/// longer than a 16-bit length can say (none in a sentence, which is capped far below) takes its length from its text.
/// </remarks>
public readonly record struct Token
{
    private readonly int _start;
    private readonly ushort _length;
    private readonly byte _kind;

    /// <param name="span">The prose <paramref name="text"/> was read from: as long as the text.</param>
    public Token(TokenKind kind, TextSpan span, string text, bool joined)
    {
        if (span.Length != text.Length) ThrowSpanNotText();
        _start = span.Start;
        _length = (ushort)Math.Min(span.Length, ushort.MaxValue);
        _kind = (byte)kind;
        Text = text;
        Joined = joined;
    }

    // Thrown from here, not the constructor, so that the constructor stays small enough to inline (a token per word).
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowSpanNotText() => throw new ArgumentException("A token's span is as long as its text.", "span");

    public TokenKind Kind => (TokenKind)_kind;
    public TextSpan Span => new(_start, _start + (_length < ushort.MaxValue ? _length : Text.Length));
    public string Text { get; }
    public bool Joined { get; }

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);
    public bool IsWord => Kind == TokenKind.Word;
}

/// <summary>
/// Splits prose into words, numbers ("2,000", "6.5"), symbols ("$", "%", "€") and punctuation, keeping exact spans.
/// Letters followed by digits stay one word ("G7", "F16"), so identifiers never read as figures.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan span) => Tokenize(text, span, null);

    /// <param name="pool">When given, equal token texts share one string (see <see cref="TokenTextPool"/>); the tokens are the same.</param>
    public static List<Token> Tokenize(string text, TextSpan span, TokenTextPool? pool)
    {
        // Prose averages a token per five or six characters: sized up front, the list rarely regrows (regrowing every
        // sentence's list was a visible share of the garbage on large drafts).
        var tokens = new List<Token>(Math.Min(span.Length / 4 + 1, 512));
        TokenizeInto(tokens, text, span, pool);
        return tokens;
    }

    /// <summary>
    /// The same tokens, in an array of exactly their number, made through <paramref name="buffer"/> (cleared first; reused
    /// from call to call). For tokens kept a long time: sized by the estimate above, a 1 MB draft's token lists held a
    /// third more slots than tokens, all of them copied by every collection they survived.
    /// </summary>
    public static Token[] TokenizeExact(string text, TextSpan span, TokenTextPool? pool, List<Token> buffer)
    {
        buffer.Clear();
        TokenizeInto(buffer, text, span, pool);
        return buffer.ToArray();
    }

    private static void TokenizeInto(List<Token> tokens, string text, TextSpan span, TokenTextPool? pool)
    {
        // Read through a span that ends where the sentence ends, so that the loops' index checks are the span's own.
        var prose = text.AsSpan(0, span.End);
        var i = span.Start;
        var joined = false;
        while (i < prose.Length)
        {
            var c = prose[i];
            if (char.IsWhiteSpace(c)) { i++; joined = false; continue; }
            var start = i;
            TokenKind kind;
            i++;
            if (char.IsDigit(c))
            {
                while (i < prose.Length && (char.IsDigit(prose[i]) || (prose[i] is ',' or '.' && i + 1 < prose.Length && char.IsDigit(prose[i + 1])))) i++;
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                while (i < prose.Length && (char.IsLetterOrDigit(prose[i]) || (prose[i] is '\'' or '\u2019' && i + 1 < prose.Length && char.IsLetter(prose[i + 1])))) i++;
                kind = TokenKind.Word;
            }
            else
            {
                kind = c is '$' or '€' or '£' or '¥' or '%' or '~' or '§' or '#' or '+' ? TokenKind.Symbol : TokenKind.Punct;
            }
            var tokenText = pool is null ? text.Substring(start, i - start) : pool.Get(prose[start..i]);
            tokens.Add(new Token(kind, new TextSpan(start, i), tokenText, joined));
            joined = true;
        }
    }
}
