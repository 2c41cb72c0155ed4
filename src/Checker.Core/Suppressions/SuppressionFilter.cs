using Checker.Core.Diagnostics;
using Checker.Core.Text;

namespace Checker.Core.Suppressions;

/// <summary>What suppression left: the diagnostics to report and those a directive silenced.</summary>
public sealed record SuppressionOutcome(IReadOnlyList<Diagnostic> Kept, IReadOnlyList<Diagnostic> Suppressed);

/// <summary>
/// Applies a draft's directives to its diagnostics. A diagnostic belongs to the line its span starts on.
/// <list type="bullet">
/// <item><c>checker-disable [IDs]</c> silences from the comment to a <c>checker-enable</c> (with no IDs: closes every
/// open region; with IDs: closes the regions opened for those IDs), or to the end of the draft.</item>
/// <item><c>checker-disable-next-line [IDs]</c> and <c>checker-ignore ID evidence=H</c> act on the line after the comment.</item>
/// <item><c>checker-disable-file [IDs]</c> acts on the whole draft, wherever it stands.</item>
/// </list>
/// A <c>checker-ignore</c> whose fingerprint no longer matches leaves the finding in place with a note saying why.
/// </summary>
public static class SuppressionFilter
{
    public static SuppressionOutcome Apply(string source, LineMap lines, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<SuppressionDirective> directives)
    {
        if (directives.Count == 0) return new(diagnostics, []);
        var regions = Regions(directives, source.Length);
        var fileWide = directives.Where(s => s.Kind == DirectiveKind.DisableFile).ToList();
        // The directives that act on the line after them (disable-next-line, ignore), by that line, in draft order: a
        // diagnostic looks up its own line instead of testing every directive.
        var onLine = new Dictionary<int, List<SuppressionDirective>>();
        foreach (var s in directives)
        {
            if (s.Kind is not (DirectiveKind.DisableNextLine or DirectiveKind.Ignore)) continue;
            var line = lines.GetPosition(s.Span.End).Line + 1;
            if (!onLine.TryGetValue(line, out var acting)) onLine[line] = acting = [];
            acting.Add(s);
        }
        var kept = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            var line = lines.GetPosition(d.Span.Start).Line;
            var acting = onLine.GetValueOrDefault(line) ?? NoDirectives;
            var silenced = AnyCovers(fileWide, DirectiveKind.DisableFile, d.Id)
                || AnyCovers(acting, DirectiveKind.DisableNextLine, d.Id)
                || InRegion(regions, d);
            var ignores = AnyCovers(acting, DirectiveKind.Ignore, d.Id) ? Covering(acting, DirectiveKind.Ignore, d.Id) : null;
            if (!silenced && ignores is not null)
            {
                var fingerprint = EvidenceFingerprint.For(d, source);
                if (ignores.Exists(s => s.Evidence == fingerprint)) silenced = true;
                else
                {
                    var at = lines.GetPosition(ignores[0].Span.Start).Line + 1;
                    kept.Add(d with
                    {
                        Message = d.Message + $" (The checker-ignore comment on line {at} no longer applies: it was written for other evidence " +
                                  $"({ignores[0].Evidence}), and this finding's is now {fingerprint}. Check the claim again.)",
                    });
                    continue;
                }
            }
            (silenced ? suppressed : kept).Add(d);
        }
        return new(kept, suppressed);
    }

    // The directives acting on a line no directive acts on (never added to).
    private static readonly List<SuppressionDirective> NoDirectives = [];

    private static bool AnyCovers(List<SuppressionDirective> directives, DirectiveKind kind, string ruleId)
    {
        foreach (var s in directives)
        {
            if (s.Kind == kind && s.Covers(ruleId)) return true;
        }
        return false;
    }

    private static List<SuppressionDirective> Covering(List<SuppressionDirective> directives, DirectiveKind kind, string ruleId) =>
        directives.FindAll(s => s.Kind == kind && s.Covers(ruleId));

    /// <summary>Whether a <c>checker-disable</c> region for the diagnostic's rule (or for every rule) holds its start.</summary>
    private static bool InRegion(List<Region> regions, Diagnostic d)
    {
        foreach (var r in regions)
        {
            if ((r.Rule is null || r.Rule == d.Id) && r.Span.Contains(d.Span.Start)) return true;
        }
        return false;
    }

    private sealed record Region(string? Rule, TextSpan Span);

    private static List<Region> Regions(IReadOnlyList<SuppressionDirective> directives, int length)
    {
        var regions = new List<Region>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal); // rule ID, or "" for every rule -> region start
        foreach (var s in directives)
        {
            if (s.Kind == DirectiveKind.Disable)
            {
                foreach (var key in s.Rules.Count == 0 ? new[] { "" } : s.Rules.ToArray()) open.TryAdd(key, s.Span.End);
            }
            else if (s.Kind == DirectiveKind.Enable)
            {
                foreach (var key in s.Rules.Count == 0 ? open.Keys.ToList() : s.Rules.Where(open.ContainsKey).ToList())
                {
                    regions.Add(new Region(key.Length == 0 ? null : key, new TextSpan(open[key], s.Span.Start)));
                    open.Remove(key);
                }
            }
        }
        regions.AddRange(open.Select(o => new Region(o.Key.Length == 0 ? null : o.Key, new TextSpan(o.Value, length))));
        return regions;
    }
}
