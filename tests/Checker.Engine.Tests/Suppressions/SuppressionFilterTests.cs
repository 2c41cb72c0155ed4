using Checker.Core.Diagnostics;
using Checker.Core.Suppressions;
using Checker.Core.Text;

namespace Checker.Engine.Tests.Suppressions;

/// <summary>
/// <see cref="SuppressionFilter"/> finds the directives acting on a diagnostic's line through a table by line; these tests
/// hold that it keeps, silences and annotates exactly what testing every directive against every diagnostic does (the
/// reference below, the filter as it was written first), on drafts with random directives and findings.
/// </summary>
public class SuppressionFilterTests
{
    private static readonly string[] RuleIds = ["FC1001", "FC2003", "FC5001"];

    private static readonly Dictionary<string, RuleDescriptor> Rules = RuleIds.ToDictionary(id => id,
        id => RuleDescriptor.Create(id, "Test rule " + id, Category.Refuted, Severity.Warning, "A rule for the suppression tests."));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Keeps_and_silences_what_testing_every_directive_does(int seed)
    {
        var random = new Random(seed);
        // Lines of prose; a directive is a comment line of its own or at the end of a prose line.
        var text = new System.Text.StringBuilder();
        var lineStarts = new List<int>();
        var directives = new List<SuppressionDirective>();
        var pendingIgnores = new List<(int Line, string Rule)>();
        for (var line = 0; line < 120; line++)
        {
            lineStarts.Add(text.Length);
            text.Append("Line ").Append(line).Append(" says $1.8 billion about aid.");
            if (random.Next(6) == 0)
            {
                var kind = (DirectiveKind)random.Next(5);
                var rules = Enumerable.Range(0, random.Next(3)).Select(_ => RuleIds[random.Next(RuleIds.Length)]).ToHashSet(StringComparer.Ordinal);
                if (kind == DirectiveKind.Ignore && rules.Count != 1) rules = [RuleIds[random.Next(RuleIds.Length)]];
                var start = text.Length + 1;
                text.Append(" <!-- checker-").Append(kind).Append(" -->");
                // An ignore's evidence is set below, for a finding on the next line when there is one, or left stale.
                directives.Add(new SuppressionDirective(kind, rules, TextSpan.FromLength(start, text.Length - start), kind == DirectiveKind.Ignore ? "00000000" : null));
                if (kind == DirectiveKind.Ignore) pendingIgnores.Add((line + 1, rules.Single()));
            }
            text.Append('\n');
        }
        var source = text.ToString();
        var lines = new LineMap(source);
        var diagnostics = new List<Diagnostic>();
        for (var line = 0; line < lineStarts.Count; line++)
        {
            foreach (var id in RuleIds)
            {
                if (random.Next(3) != 0) continue;
                var at = lineStarts[line] + random.Next(5, 20);
                diagnostics.Add(new Diagnostic(Rules[id], TextSpan.FromLength(at, 4), $"Finding of {id} on line {line}.", Severity.Warning, [], [], []));
            }
        }
        // Half the ignores carry the fingerprint of the finding they stand over, as a writer's would.
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Kind != DirectiveKind.Ignore || random.Next(2) == 0) continue;
            var line = lines.GetPosition(directives[i].Span.End).Line + 1;
            var rule = directives[i].Rules.Single();
            if (diagnostics.FirstOrDefault(d => d.Id == rule && lines.GetPosition(d.Span.Start).Line == line) is { } target)
                directives[i] = directives[i] with { Evidence = EvidenceFingerprint.For(target, source) };
        }

        var expected = Reference(source, lines, diagnostics, directives);
        var actual = SuppressionFilter.Apply(source, lines, diagnostics, directives);
        Assert.Equal(expected.Kept, actual.Kept);
        Assert.Equal(expected.Suppressed, actual.Suppressed);
        Assert.NotEmpty(actual.Suppressed);
    }

    /// <summary>The filter as first written: every directive tested against every diagnostic.</summary>
    private static SuppressionOutcome Reference(string source, LineMap lines, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<SuppressionDirective> directives)
    {
        var regions = ReferenceRegions(directives, source.Length);
        var kept = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            var line = lines.GetPosition(d.Span.Start).Line;
            bool OnLineBefore(SuppressionDirective s) => lines.GetPosition(s.Span.End).Line + 1 == line;
            var silenced = directives.Any(s => s.Kind == DirectiveKind.DisableFile && s.Covers(d.Id))
                || directives.Any(s => s.Kind == DirectiveKind.DisableNextLine && s.Covers(d.Id) && OnLineBefore(s))
                || regions.Any(r => (r.Rule is null || r.Rule == d.Id) && r.Span.Contains(d.Span.Start));
            var ignores = directives.Where(s => s.Kind == DirectiveKind.Ignore && s.Covers(d.Id) && OnLineBefore(s)).ToList();
            if (!silenced && ignores.Count > 0)
            {
                var fingerprint = EvidenceFingerprint.For(d, source);
                if (ignores.Any(s => s.Evidence == fingerprint)) silenced = true;
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

    private static List<(string? Rule, TextSpan Span)> ReferenceRegions(IReadOnlyList<SuppressionDirective> directives, int length)
    {
        var regions = new List<(string? Rule, TextSpan Span)>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
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
                    regions.Add((key.Length == 0 ? null : key, new TextSpan(open[key], s.Span.Start)));
                    open.Remove(key);
                }
            }
        }
        regions.AddRange(open.Select(o => (o.Key.Length == 0 ? (string?)null : o.Key, new TextSpan(o.Value, length))));
        return regions;
    }
}
