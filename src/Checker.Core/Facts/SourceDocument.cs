using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Core.Facts;

/// <summary>A source article and what the manifest says of it: its date, outlet and title, and how to read a bare "$" in it.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string path, string text, DateOnly date, string outlet, string title, string defaultCurrency = "CAD", string defaultCountry = "Canada")
        : this(path, text, date, outlet, title, defaultCurrency, defaultCountry, parseNow: true)
    {
    }

    /// <summary>
    /// A source read back from a fact-base snapshot: its facts are already extracted, so its prose is parsed only if
    /// something asks for it (evidence positions need <see cref="Lines"/>), not for every source at load.
    /// </summary>
    internal static SourceDocument FromSnapshot(string path, string text, DateOnly date, string outlet, string title,
        string defaultCurrency, string defaultCountry) =>
        new(path, text, date, outlet, title, defaultCurrency, defaultCountry, parseNow: false);

    private SourceDocument(string path, string text, DateOnly date, string outlet, string title, string defaultCurrency,
        string defaultCountry, bool parseNow)
    {
        Path = path;
        Text = text;
        Date = date;
        Outlet = outlet;
        Title = title;
        DefaultCurrency = defaultCurrency;
        DefaultCountry = defaultCountry;
        _prose = parseNow ? new Lazy<ProseDocument>(PlainProse.Parse(text)) : new Lazy<ProseDocument>(() => PlainProse.Parse(text));
    }

    private readonly Lazy<ProseDocument> _prose;

    /// <summary>Where the source lives, as reports name it ("seeds/002_5c8515c7b062ecf8.txt").</summary>
    public string Path { get; }
    public string Text { get; }
    public DateOnly Date { get; }
    public string Outlet { get; }
    public string Title { get; }
    public string DefaultCurrency { get; }
    public string DefaultCountry { get; }
    public ProseDocument Prose => _prose.Value;
    public LineMap Lines => Prose.Lines;

    public override string ToString() => $"{Outlet}, {Date:yyyy-MM-dd}";
}

/// <summary>Where a fact was read: the sentence a writer can check, and the figure in it.</summary>
public sealed record Evidence(SourceDocument Source, TextSpan Sentence, TextSpan Figure)
{
    public string Text => Source.Text.Substring(Sentence.Start, Sentence.Length);
}
