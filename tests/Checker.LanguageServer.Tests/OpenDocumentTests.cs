using Checker.Core.Text;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Protocol;

namespace Checker.LanguageServer.Tests;

/// <summary>Incremental edits and LSP ranges, in process.</summary>
public sealed class OpenDocumentTests
{
    private static TextDocumentContentChangeEvent Edit(int l1, int c1, int l2, int c2, string text) =>
        new(new Protocol.Range(new Position(l1, c1), new Position(l2, c2)), text);

    [Theory]
    [InlineData("abc\ndef\n", 0, 1, 0, 2, "X", "aXc\ndef\n")]
    [InlineData("abc\ndef\n", 0, 3, 1, 0, "", "abcdef\n")]
    [InlineData("abc\r\ndef", 1, 0, 1, 3, "ghi", "abc\r\nghi")]
    [InlineData("a\U0001F600b\n", 0, 3, 0, 4, "c", "a\U0001F600c\n")] // the emoji is two UTF-16 units, as LSP counts
    [InlineData("abc", 5, 0, 9, 0, "!", "abc!")] // past the end: clamped to the end
    public void An_edit_replaces_its_range(string text, int l1, int c1, int l2, int c2, string newText, string expected)
    {
        var document = new OpenDocument("u", 1, text).Apply(2, [Edit(l1, c1, l2, c2, newText)]);
        Assert.Equal(expected, document.Text);
        Assert.Equal(2, document.Version);
    }

    [Fact]
    public void Edits_apply_in_order_each_on_the_previous_result()
    {
        var document = new OpenDocument("u", 1, "one\ntwo\n").Apply(2, [Edit(0, 0, 0, 3, "1"), Edit(0, 1, 0, 1, "!"), new(null, "whole\n"), Edit(0, 5, 0, 5, "!")]);
        Assert.Equal("whole!\n", document.Text);
    }

    [Theory]
    [InlineData("ab\ncd", 3, 5, 1, 0, 1, 2)]
    [InlineData("ab\r\ncd", 0, 2, 0, 0, 0, 2)]
    public void Spans_and_ranges_round_trip(string text, int start, int end, int l1, int c1, int l2, int c2)
    {
        var lines = new LineMap(text);
        var range = lines.ToRange(new TextSpan(start, end));
        Assert.Equal(new Protocol.Range(new Position(l1, c1), new Position(l2, c2)), range);
        Assert.Equal(new TextSpan(start, end), lines.ToSpan(range));
    }
}
