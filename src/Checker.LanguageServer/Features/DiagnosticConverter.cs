using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Text;
using Checker.LanguageServer.Checking;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Protocol;

namespace Checker.LanguageServer.Features;

/// <summary>Turns the engine's diagnostics into LSP ones: rule ID as code, its page as codeDescription, evidence as related locations.</summary>
public sealed class DiagnosticConverter(SeedFiles seedFiles, RulePages rulePages)
{
    public const string Source = "checker";

    public LspDiagnostic Convert(Diagnostic diagnostic, LineMap lines, string draftUri) =>
        Convert(diagnostic, draftUri, lines.ToRange(diagnostic.Span), diagnostic.Related.Select(r => lines.ToRange(r.Span)).ToList());

    /// <summary>
    /// The same with the draft's ranges given: <paramref name="range"/> for the diagnostic's span and one range per
    /// related location, in order. These are the only parts of a diagnostic that depend on where it is in the draft
    /// (<see cref="DiagnosticTemplate"/> fills them in per version).
    /// </summary>
    public LspDiagnostic Convert(Diagnostic diagnostic, string draftUri, Range range, IReadOnlyList<Range> relatedRanges)
    {
        var related = diagnostic.Evidence.Select(e => new DiagnosticRelatedInformation(EvidenceLocation(e), EvidenceCaption(e)))
            .Concat(diagnostic.Related.Select((r, i) => new DiagnosticRelatedInformation(new Location(draftUri, relatedRanges[i]), r.Message)))
            .ToList();
        return new LspDiagnostic(range, ToLsp(diagnostic.Severity), diagnostic.Id,
            PageOf(diagnostic.Rule), Source, diagnostic.Message, related.Count > 0 ? related : null);
    }

    public CodeDescription PageOf(RuleDescriptor rule) => new(rulePages.UriOf(rule));

    /// <summary>The exact sentence of the source that states the fact.</summary>
    public Location EvidenceLocation(Evidence evidence) =>
        new(seedFiles.UriOf(evidence.Source), evidence.Source.Lines.ToRange(evidence.Sentence));

    public static string EvidenceCaption(Evidence evidence) =>
        $"{evidence.Source.Outlet}, {evidence.Source.Date:yyyy-MM-dd}: \u201c{Shorten(evidence.Text, 160)}\u201d";

    public static int ToLsp(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Information => DiagnosticSeverity.Information,
        _ => DiagnosticSeverity.Hint,
    };

    public static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)] + "\u2026";
    }
}
