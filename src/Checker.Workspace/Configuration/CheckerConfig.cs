using Checker.Core.Diagnostics;

namespace Checker.Workspace.Configuration;

/// <summary>
/// The settings in force for one draft, after merging every <c>checker.json</c> from the file system root down to the
/// draft's folder (nearer files override farther ones). Every property is optional: null means "the tool's default".
/// Paths are absolute: relative paths in a file are resolved against that file's folder when it is read.
/// </summary>
public sealed record CheckerConfig
{
    public static CheckerConfig Default { get; } = new();

    /// <summary>Seed folders (each with a manifest.json). Empty: the seeds bundled with the tool.</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>What a bare "$" in a draft means (an ISO code such as CAD); null: the currency most sources use.</summary>
    public string? DefaultCurrency { get; init; }

    /// <summary>Extra lexicon lines, "canonical: word, word", appended to the bundled lexicon's [synonyms].</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Per-rule severity; a null value turns the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> Rules { get; init; } = new Dictionary<string, Severity?>();

    public Severity? MinSeverity { get; init; }
    public Severity? FailOn { get; init; }

    /// <summary>Drafts not to check, as globs relative to the folder of the file that named them.</summary>
    public IReadOnlyList<IgnorePattern> Ignore { get; init; } = [];

    /// <summary>The configuration files that were read, farthest first (for messages and for reload-on-change).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public bool IsIgnored(string draftPath) => Ignore.Any(p => p.Matches(draftPath));
}

/// <summary>A problem in a configuration file, with the position a user can go to. The file's bad part is skipped.</summary>
public sealed record ConfigProblem(string File, int Line, int Column, string Message)
{
    public const string Code = "FC9004";

    public override string ToString() => $"{File}({Line},{Column}): error {Code}: {Message}";
}

/// <summary>A configuration and the problems met while reading it. Problems never stop checking.</summary>
public sealed record LoadedConfig(CheckerConfig Config, IReadOnlyList<ConfigProblem> Problems);
