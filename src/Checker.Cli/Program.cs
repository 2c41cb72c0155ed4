using Checker.Cli;
using Checker.Cli.Commands;
using Checker.Workspace;

// `checker`: the command line. Every failure of the tool itself is one line on stderr and exit code 2, never a stack trace.
try
{
    return args.Length == 0 ? Usage.Print(Console.Error, 2) : args[0] switch
    {
        "verify" => VerifyCommand.Run(CommandLine.Parse(args[1..]), Console.Out, Console.Error),
        "facts" => FactsCommand.Run(CommandLine.Parse(args[1..]), Console.Out),
        "rules" => RulesCommand.Run(CommandLine.Parse(args[1..]), Console.Out),
        "explain" => ExplainCommand.Run(CommandLine.Parse(args[1..]), Console.Out, Console.Error),
        "-h" or "--help" or "help" => Usage.Print(Console.Out, 0),
        "--version" => Usage.Version(Console.Out),
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
