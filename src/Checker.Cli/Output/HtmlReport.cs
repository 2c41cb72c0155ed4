using Checker.Workspace;

namespace Checker.Cli.Output;

public static class HtmlReport
{
    public static void Write(TextWriter writer, IReadOnlyList<CheckedFile> files) => throw new NotImplementedException();
}
