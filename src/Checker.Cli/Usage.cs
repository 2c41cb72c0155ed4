namespace Checker.Cli;

internal static class Usage
{
    public static int Print(TextWriter writer, int exitCode)
    {
        writer.WriteLine("""
            checker: a fact checker for Markdown drafts.

            Usage:
              checker verify PATH... [--format text|json|sarif|github|html] [--seeds DIR] [--as-of YYYY-MM-DD]
                             [--fail-on error|warning|info] [--min-severity error|warning|info] [--config FILE]
                             [--baseline FILE [--update-baseline]] [--fix [--dry-run]] [--no-progress]
                  Check drafts (files, or folders of .md) against the fact base, with the checker.json found
                  above each draft. --baseline reports only findings not in FILE; --update-baseline writes it.
                  --fix applies preferred fixes in place; with --dry-run it prints a unified diff instead.
                  Exit 0: nothing reached --fail-on (default error); 1: something did; 2: the tool could not run.
              checker explain "SENTENCE" [--as-of YYYY-MM-DD] [--seeds DIR] [--format text|json]
                  Show the claims in a sentence, the candidate facts with their scores, and which rule fired and why.
              checker facts [--seeds DIR] [--format text|json]
                  Show what the fact base holds and where each fact comes from.
              checker rules [--format text|json]
                  List the rule catalog.
              checker lsp [--stdio]
                  Run the language server over standard input and output.

            With no --seeds, the seeds bundled with the tool are used.
            """);
        return exitCode;
    }

    public static int Version(TextWriter writer)
    {
        writer.WriteLine(typeof(Usage).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        return 0;
    }
}
