namespace Checker.Cli.Output;

/// <summary>"checking 3/120 docs/x.md" on one rewritten stderr line, for long runs watched on a terminal; silent otherwise.</summary>
public sealed class Progress(TextWriter stderr, bool enabled)
{
    private int _width;

    public void Report(int index, int total, string path)
    {
        if (!enabled) return;
        var text = $"checking {index + 1}/{total} {path}";
        if (text.Length > 100) text = text[..97] + "...";
        stderr.Write("\r" + text.PadRight(_width));
        _width = text.Length;
    }

    public void Done()
    {
        if (enabled && _width > 0) stderr.Write("\r" + new string(' ', _width) + "\r");
    }
}
