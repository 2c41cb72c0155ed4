using Checker.Cli;
using Checker.Cli.Commands;
using Checker.Workspace;

// `checker`: the command line. Every failure of the tool itself is one line on stderr and exit code 2, never a stack trace.
// Reports go through one buffered writer: Console.Out flushes on every write, which made a report of thousands of
// diagnostics take seconds.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
try
{
    return args.Length == 0 ? Usage.Print(Console.Error, 2) : args[0] switch
    {
        "verify" => VerifyCommand.Run(CommandLine.Parse(args[1..]), stdout, Console.Error),
        "facts" => FactsCommand.Run(CommandLine.Parse(args[1..]), stdout),
        "rules" => RulesCommand.Run(CommandLine.Parse(args[1..]), stdout),
        "lsp" => Features.LanguageServer
            ? Checker.LanguageServer.LanguageServerHost.Run(args[1..])
            : throw new UsageException("the language server is not part of the native build; run the framework-dependent one: dotnet checker.dll lsp"),
        "-h" or "--help" or "help" => Usage.Print(stdout, 0),
        "--version" => Usage.Version(stdout),
        "explain" => ExplainCommand.Run(CommandLine.Parse(args[1..]), stdout, Console.Error),
        _ => throw new UsageException($"unknown command '{args[0]}'"),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"checker: {ex.Message}. Run 'checker --help' for usage.");
    return 2;
}
catch (InputException ex)
{
    Console.Error.WriteLine($"checker: {ex.Message}");
    return 2;
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"checker: error FC9000: {ex.Message}");
    return 2;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"checker: internal error FC9000: {ex.GetType().Name}: {ex.Message}");
    return 2;
}
