using System.Reflection;
using Checker.Core.Analysis;
using Checker.Core.Diagnostics;

namespace Checker.Analyzers;

/// <summary>Every rule in this assembly marked [Rule], found once; the single list that feeds the checker, `checker rules` and SARIF.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<IRule>> Rules = new(() =>
        typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<RuleAttribute>() is not null && typeof(IRule).IsAssignableFrom(t))
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<IRule> All => Rules.Value;

    /// <summary>Every descriptor, rules and tool diagnostics alike.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors =>
        All.Select(r => r.Descriptor).Concat(ToolDiagnostics.All).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
}
