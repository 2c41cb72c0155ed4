using System.Reflection;

namespace Checker.Engine.Tests;

/// <summary>Dependencies point one way: Core knows no I/O formats or protocols; Analyzers know only Core.</summary>
public class ArchitectureTests
{
    private static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!);

    [Fact]
    public void Core_references_no_json_protocol_or_workspace()
    {
        var refs = References(typeof(Checker.Core.Analysis.DraftChecker).Assembly).ToList();
        Assert.DoesNotContain(refs, r => r.StartsWith("Newtonsoft") || r.StartsWith("StreamJsonRpc") || r.StartsWith("Checker."));
    }

    [Fact]
    public void Analyzers_reference_only_core_among_checker_assemblies()
    {
        var refs = References(typeof(Checker.Analyzers.RuleCatalog).Assembly).Where(r => r.StartsWith("Checker.")).ToList();
        Assert.Equal(["Checker.Core"], refs);
        Assert.DoesNotContain(References(typeof(Checker.Analyzers.RuleCatalog).Assembly), r => r.StartsWith("Newtonsoft"));
    }

    [Fact]
    public void Workspace_does_not_know_the_cli_or_the_server()
    {
        var refs = References(typeof(Checker.Workspace.SeedLoader).Assembly).ToList();
        Assert.DoesNotContain(refs, r => r is "checker" or "Checker.LanguageServer" || r.StartsWith("StreamJsonRpc"));
    }
}
