using Checker.Core.Claims;
using Checker.Core.Matching;
using Checker.Core.Prose;

namespace Checker.Core.Facts;

/// <summary>
/// Builds the fact base from source documents: reads each with the same recognizers as drafts, folds repeated
/// statements (the same story published twice) into one fact, and links facts that measure one quantity at
/// different dates into a series.
/// </summary>
public static class FactBaseBuilder
{
    /// <summary>Contexts this alike, with the same figure and date, are one statement seen twice.</summary>
    public const double DuplicateSimilarity = 0.6;

    /// <summary>Contexts this alike, with the same head, measure one quantity: different dates make a series.</summary>
    public const double SeriesSimilarity = 0.3;

    public static FactBase Build(IEnumerable<SourceDocument> documents, Lexicon.Lexicon lexicon, IReadOnlyList<IClaimRecognizer>? recognizers = null)
    {
        var sources = documents.ToList();
        var extractor = new ClaimExtractor(lexicon, recognizers);
        var terms = new TermStatistics(sources.SelectMany(s => SentenceTerms(s.Prose, lexicon)));
        var facts = new List<Fact>();
        // Facts by (date, figure): a twin must share both, so only its bucket is searched (was every fact: O(n²) at scale).
        var byDateAndFigure = new Dictionary<(DateOnly, string), List<Fact>>();
        foreach (var source in sources)
        {
            var stem = Path.GetFileNameWithoutExtension(source.Path);
            foreach (var claim in extractor.Extract(source.Prose, new RecognizerOptions(source.DefaultCurrency, source.Date, source.DefaultCountry)))
            {
                var evidence = new Evidence(source, claim.SentenceSpan, claim.Span);
                var key = (source.Date, FigureKey(claim));
                if (!byDateAndFigure.TryGetValue(key, out var bucket)) byDateAndFigure[key] = bucket = [];
                var twin = bucket.FirstOrDefault(f => IsSameStatement(f, claim, source, terms));
                if (twin is not null)
                {
                    twin.AddEvidence(evidence);
                    continue;
                }
                var fact = new Fact($"{stem}:{claim.Span.Start}", claim, source, evidence);
                facts.Add(fact);
                bucket.Add(fact);
            }
        }
        var series = LinkSeries(facts, terms);
        return new FactBase(sources, facts, series, terms, lexicon);
    }

    private static IEnumerable<IEnumerable<string>> SentenceTerms(ProseDocument prose, Lexicon.Lexicon lexicon) =>
        prose.Sentences.Select(s => Tokenizer.Tokenize(prose.Prose, s.Span)
            .Where(t => t.IsWord).Select(t => lexicon.Term(t.Text)).OfType<string>());

    private static bool IsSameStatement(Fact fact, Claim claim, SourceDocument source, TermStatistics terms) =>
        fact.Source.Date == source.Date && fact.Source != source && SameFigure(fact.Claim, claim)
        && ContextSimilarity.Score(fact.Claim.Context, claim.Context, terms) >= DuplicateSimilarity;

    private static bool SameFigure(Claim a, Claim b) => (a, b) switch
    {
        (QuantityClaim x, QuantityClaim y) => x.Kind == y.Kind && x.Unit == y.Unit && x.Value == y.Value && x.Qualifier == y.Qualifier,
        _ => a.Kind == b.Kind && a.Text == b.Text,
    };

    /// <summary>Equal for two claims <see cref="SameFigure"/> may call the same: the bucket key of the twin search.</summary>
    private static string FigureKey(Claim c) => c is QuantityClaim q
        ? $"{q.Kind}|{q.Unit}|{q.Value:R}|{q.Qualifier}"
        : $"{c.Kind}|{c.Text}";

    /// <summary>Equal for two facts <see cref="SameQuantity"/> may link; null for a fact that links to none.</summary>
    private static string? QuantityKey(Fact f)
    {
        if (f.Claim is not QuantityClaim x || x.Context.Head.Count == 0) return null;
        var anchor = x.Anchor is { Kind: AnchorKind.Since } since ? $"since {since.From.Year}" : x.Anchor?.Kind.ToString() ?? "-";
        return $"{x.Kind}|{x.Unit}|{anchor}|{string.Join(" ", x.Context.Head.Order(StringComparer.Ordinal))}";
    }

    /// <summary>Links facts of one quantity across dates: same kind and unit, same head, alike contexts, compatible time anchors.</summary>
    private static List<FactSeries> LinkSeries(List<Fact> facts, TermStatistics terms)
    {
        // Facts are named by their position. Each starts in a group of its own (named by that position); groups only
        // merge. The pair loop below runs millions of times at 10,000 sources, so it reads arrays, not dictionaries
        // keyed by fact, and each fact's date is read once.
        var dates = facts.Select(f => f.Date).ToArray();
        var groupOf = new int[facts.Count];
        var members = new List<int>?[facts.Count];
        var datesOf = new HashSet<DateOnly>?[facts.Count];
        for (var k = 0; k < facts.Count; k++)
        {
            groupOf[k] = k;
            members[k] = [k];
            datesOf[k] = [dates[k]];
        }
        // Only facts with the same quantity key can be linked, so pairs are tried within each bucket, in the original
        // order: the same merges as trying every pair, without the O(n²) over the whole fact base.
        var buckets = Enumerable.Range(0, facts.Count).GroupBy(k => QuantityKey(facts[k])).Where(g => g.Key is not null).Select(g => g.ToArray());
        foreach (var bucket in buckets)
        {
            for (var i = 0; i < bucket.Length; i++)
            {
                for (var j = i + 1; j < bucket.Length; j++)
                {
                    var (a, b) = (bucket[i], bucket[j]);
                    var (ga, gb) = (groupOf[a], groupOf[b]);
                    if (ga == gb || dates[a] == dates[b]) continue;
                    // Never two facts of the same date in one series: they would compete, not succeed each other.
                    var (da, db) = (datesOf[ga]!, datesOf[gb]!);
                    if (Overlap(da, db) || !SameQuantity(facts[a], facts[b], terms)) continue;
                    foreach (var m in members[gb]!) groupOf[m] = ga;
                    members[ga]!.AddRange(members[gb]!);
                    da.UnionWith(db);
                    members[gb] = null;
                    datesOf[gb] = null;
                }
            }
        }
        // Series in the order of their first fact; a series' facts by date (never two of one date).
        var series = new List<FactSeries>();
        var made = new bool[facts.Count];
        foreach (var group in groupOf)
        {
            if (made[group]) continue;
            made[group] = true;
            var ordered = members[group]!.Select(m => facts[m]).OrderBy(f => f.Date).ToList();
            var s = new FactSeries(ordered[0].Id, ordered);
            foreach (var f in ordered) f.Series = s;
            series.Add(s);
        }
        return series;
    }

    /// <summary>Whether two date sets share a date, looking up the smaller one's dates in the larger.</summary>
    private static bool Overlap(HashSet<DateOnly> a, HashSet<DateOnly> b) => a.Count <= b.Count ? b.Overlaps(a) : a.Overlaps(b);

    private static bool SameQuantity(Fact a, Fact b, TermStatistics terms)
    {
        if (a.Claim is not QuantityClaim x || b.Claim is not QuantityClaim y) return false;
        // Durations are compared by the start they imply, not as values over time.
        if (x.Kind != y.Kind || x.Kind == ClaimKind.Duration || x.Unit != y.Unit || a.Date == b.Date) return false;
        if (x.Context.Head.Count == 0 || !x.Context.Head.SetEquals(y.Context.Head)) return false;
        if (x.Anchor?.Kind != y.Anchor?.Kind) return false;
        if (x.Anchor is { Kind: AnchorKind.Since } ax && y.Anchor is { } ay && ax.From.Year != ay.From.Year) return false;
        return ContextSimilarity.Score(x.Context, y.Context, terms) >= SeriesSimilarity;
    }
}
