using Checker.Core.Text;

namespace Checker.Engine.Tests.Infrastructure;

/// <summary>
/// Test input with span markup: <c>[|...|]</c> marks where the rule under test must report. The markup is stripped
/// and the spans returned in offsets of the stripped text.
/// </summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<TextSpan> Spans) Parse(string marked)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (i + 1 < marked.Length && marked[i] == '[' && marked[i + 1] == '|') { open.Push(text.Length); i++; continue; }
            if (i + 1 < marked.Length && marked[i] == '|' && marked[i + 1] == ']') { spans.Add(new TextSpan(open.Pop(), text.Length)); i++; continue; }
            text.Append(marked[i]);
        }
        return (text.ToString(), spans.OrderBy(s => s.Start).ToList());
    }
}
