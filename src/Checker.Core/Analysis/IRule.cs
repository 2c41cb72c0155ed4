using Checker.Core.Diagnostics;

namespace Checker.Core.Analysis;

/// <summary>A rule of the catalog. Rules read the judgements the engine made and report diagnostics; they never match facts themselves.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }
    void Analyze(RuleContext context);
}

/// <summary>Marks a class as a catalog rule: no other registration is needed.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleAttribute : Attribute;
