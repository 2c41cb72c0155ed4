namespace Checker.Core.Diagnostics;

/// <summary>
/// A rule's public identity. Made only through <see cref="Create"/>, so the help link always follows from the ID.
/// IDs are stable and never reused; see rules/README.md for the ranges.
/// </summary>
public sealed record RuleDescriptor
{
    private RuleDescriptor(string id, string title, Category category, Severity defaultSeverity, string summary)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Summary = summary;
    }

    public string Id { get; }
    public string Title { get; }
    public Category Category { get; }
    public Severity DefaultSeverity { get; }
    public string Summary { get; }

    /// <summary>The rule's page, relative to the repository (and to the folder the tool ships its pages in).</summary>
    public string HelpPath => $"rules/{Id}.md";

    public static RuleDescriptor Create(string id, string title, Category category, Severity defaultSeverity, string summary) =>
        new(id, title, category, defaultSeverity, summary);
}
