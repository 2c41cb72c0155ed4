using Checker.Core.Text;

namespace Checker.Core.Prose;

/// <summary>
/// Reads a plain-text source article: each non-empty line is a block. Site furniture (menus, comment forms, link
/// farms) is left out, so it yields no facts and does not colour the context of real ones.
/// </summary>
public static class PlainProse
{
    public static ProseDocument Parse(string source)
    {
        var prose = source.ToCharArray();
        var blocks = new List<ProseBlock>();
        var offset = 0;
        foreach (var rawLine in source.Split('\n'))
        {
            var span = TextSpan.FromLength(offset, rawLine.Length);
            offset += rawLine.Length + 1;
            var line = rawLine.Trim();
            if (line.Length == 0) continue;
            if (Boilerplate.IsFurniture(line))
            {
                for (var i = span.Start; i < span.End; i++) prose[i] = ' ';
                continue;
            }
            for (var i = span.Start; i < span.End; i++)
            {
                if (prose[i] is '\r' or '\t') prose[i] = ' ';
            }
            blocks.Add(new ProseBlock(span, BlockKind.SourceLine, ""));
        }
        return new ProseDocument(source, new string(prose), blocks);
    }
}
