using Checker.Core.Text;
using Checker.LanguageServer.Protocol;

namespace Checker.LanguageServer.Documents;

/// <summary>
/// The one place where core spans (half-open UTF-16 offsets) become LSP ranges and back. LSP's default position
/// encoding is UTF-16, the same unit as .NET strings, so no re-encoding is needed.
/// </summary>
public static class LspPositions
{
    public static Range ToRange(this LineMap lines, TextSpan span)
    {
        var (start, end) = lines.GetRange(span);
        return new Range(new Position(start.Line, start.Character), new Position(end.Line, end.Character));
    }

    public static int ToOffset(this LineMap lines, Position position) =>
        lines.GetOffset(new LinePosition(position.Line, position.Character));

    public static TextSpan ToSpan(this LineMap lines, Range range)
    {
        var start = lines.ToOffset(range.Start);
        var end = lines.ToOffset(range.End);
        return end < start ? new TextSpan(start, start) : new TextSpan(start, end);
    }
}
