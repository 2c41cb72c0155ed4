using Checker.Core.Analysis;
using Checker.Workspace;

namespace Checker.LanguageServer.Tests;

/// <summary>LSP and JSON-RPC stay at the edge: only the server project knows them.</summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData(typeof(DraftChecker))]
    [InlineData(typeof(Checker.Analyzers.RuleCatalog))]
    [InlineData(typeof(SeedLoader))]
    public void Engine_assemblies_do_not_reference_the_protocol_stack(Type engineType)
    {
        var references = engineType.Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("StreamJsonRpc", references);
        Assert.DoesNotContain("Checker.LanguageServer", references);
    }

    [Fact]
    public void The_server_uses_the_protocol_stack()
    {
        var references = typeof(LanguageServerHost).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("StreamJsonRpc", references);
    }
}
