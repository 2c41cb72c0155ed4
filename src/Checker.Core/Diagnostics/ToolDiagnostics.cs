namespace Checker.Core.Diagnostics;

/// <summary>The FC9xxx descriptors: problems with the tool's own inputs, reported and never fatal.</summary>
public static class ToolDiagnostics
{
    public static readonly RuleDescriptor BadManifest = RuleDescriptor.Create("FC9001", "Bad seed manifest or unreadable source",
        Category.Tool, Severity.Error, "The seed manifest is malformed, names a missing file, or a source cannot be read.");

    public static readonly RuleDescriptor RuleFailed = RuleDescriptor.Create("FC9002", "A rule failed",
        Category.Tool, Severity.Error, "A rule threw while checking the draft; the other rules still ran.");

    public static readonly RuleDescriptor BadDocument = RuleDescriptor.Create("FC9003", "Malformed front matter",
        Category.Tool, Severity.Error, "The draft's front matter could not be read; defaults were used.");

    public static readonly RuleDescriptor BadConfiguration = RuleDescriptor.Create("FC9004", "Bad configuration",
        Category.Tool, Severity.Error, "A configuration file is malformed; checking went on with the defaults.");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [BadManifest, RuleFailed, BadDocument, BadConfiguration];
}
