using Checker.Core.Prose;

namespace Checker.Engine.Tests.Prose;

/// <summary>
/// Where the splitter ends a sentence: at a period, exclamation or question mark followed by space and a capital (with
/// its closing quotes and brackets), or a paragraph separator; never inside a decimal, an abbreviation or an initial.
/// Sentences are separated by " | " below.
/// </summary>
public class SentenceSplittingTests
{
    [Theory]
    [InlineData("One. Two! Three? Four", "One. | Two! | Three? | Four")]
    [InlineData("He said \"Stop.\" Then left. (Quietly.) Done.", "He said \"Stop.\" | Then left. | (Quietly.) | Done.")]
    [InlineData("It rose 6.5 percent in the U.S. last year. Mr. Smith agreed.", "It rose 6.5 percent in the U.S. last year. | Mr. Smith agreed.")]
    [InlineData("J. Smith wrote it. Aug. 5 was the day.", "J. Smith wrote it. | Aug. 5 was the day.")]
    [InlineData("Not over. yet, it said. Over.", "Not over. yet, it said. | Over.")]
    [InlineData("First part\u2029second part", "First part | second part")]
    [InlineData("Ends with dots...", "Ends with dots...")]
    [InlineData("...", "...")]
    [InlineData("Wait... What? Yes.", "Wait... | What? | Yes.")]
    [InlineData("No end at all", "No end at all")]
    public void Sentences_end_where_a_reader_would_end_them(string line, string expected)
    {
        var document = PlainProse.Parse(line);
        Assert.Equal(expected, string.Join(" | ", document.Sentences.Select(s => document.ProseText(s.Span))));
    }

    [Fact]
    public void Each_block_is_split_on_its_own()
    {
        var document = PlainProse.Parse("First line. Second sentence\nThird. Fourth");
        Assert.Equal([(0, "First line."), (0, "Second sentence"), (1, "Third."), (1, "Fourth")],
            document.Sentences.Select(s => (s.BlockIndex, document.ProseText(s.Span))));
    }
}
