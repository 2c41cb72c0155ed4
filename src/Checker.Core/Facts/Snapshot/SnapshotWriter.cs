using System.Runtime.InteropServices;
using System.Text;
using Checker.Core.Claims;
using Checker.Core.Text;

namespace Checker.Core.Facts.Snapshot;

/// <summary>
/// Writes a fact base's payload: a table of every distinct string (terms repeat across thousands of facts, so each is
/// stored and decoded once), then sources, term statistics, facts (claim, evidence), series and each kind's context-index layout, all in the fact base's
/// own order. Counts and indexes are 7-bit encoded; doubles are written bit for bit. <see cref="SnapshotReader"/>
/// mirrors it field by field.
/// </summary>
internal sealed partial class SnapshotWriter
{
    private readonly Dictionary<string, int> _stringIds = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private readonly BinaryWriter _body;

    // Contexts already written, by their encoding (one char per byte), numbered in order of first appearance.
    private readonly Dictionary<string, int> _contextNumbers = new(StringComparer.Ordinal);
    private readonly MemoryStream _contextScratch = new();
    private readonly BinaryWriter _contextWriter;

    private SnapshotWriter(BinaryWriter body)
    {
        _body = body;
        _contextWriter = new BinaryWriter(_contextScratch, Encoding.UTF8, leaveOpen: true);
    }

    public static byte[] Write(FactBase facts)
    {
        using var bodyStream = new MemoryStream();
        using var body = new BinaryWriter(bodyStream, Encoding.UTF8, leaveOpen: true);
        var writer = new SnapshotWriter(body);
        writer.WriteFactBase(facts);
        body.Flush();

        using var payload = new MemoryStream();
        using (var table = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            table.Write7BitEncodedInt(writer._strings.Count);
            foreach (var s in writer._strings) table.Write(s);
        }
        bodyStream.Position = 0;
        bodyStream.CopyTo(payload);
        return payload.ToArray();
    }

    private void WriteFactBase(FactBase facts)
    {
        var sourceIndex = new Dictionary<SourceDocument, int>(ReferenceEqualityComparer.Instance);
        Count(facts.Sources.Count);
        foreach (var source in facts.Sources)
        {
            sourceIndex.Add(source, sourceIndex.Count);
            String(source.Path);
            String(source.Text);
            Date(source.Date);
            String(source.Outlet);
            String(source.Title);
            String(source.DefaultCurrency);
            String(source.DefaultCountry);
        }

        _body.Write7BitEncodedInt(facts.Terms.Documents);
        Count(facts.Terms.DocumentFrequencies.Count);
        foreach (var (term, frequency) in facts.Terms.DocumentFrequencies)
        {
            String(term);
            _body.Write7BitEncodedInt(frequency);
        }

        var factIndex = new Dictionary<Fact, int>(ReferenceEqualityComparer.Instance);
        Count(facts.Facts.Count);
        foreach (var fact in facts.Facts)
        {
            factIndex.Add(fact, factIndex.Count);
            String(fact.Id);
            Count(sourceIndex[fact.Source]);
            Claim(fact.Claim);
            Count(fact.Evidence.Count);
            foreach (var evidence in fact.Evidence)
            {
                Count(sourceIndex[evidence.Source]);
                Span(evidence.Sentence);
                Span(evidence.Figure);
            }
        }

        Count(facts.Series.Count);
        foreach (var series in facts.Series)
        {
            String(series.Id);
            Count(series.Facts.Count);
            foreach (var fact in series.Facts) Count(factIndex[fact]);
        }

        ContextIndexes(facts);
    }

    private void Claim(Claim claim)
    {
        _body.Write((byte)(claim switch
        {
            QuantityClaim => SnapshotClaimType.Quantity,
            DateClaim => SnapshotClaimType.Date,
            TitleClaim => SnapshotClaimType.Title,
            _ => throw new NotSupportedException($"no snapshot form for {claim.GetType().Name}"),
        }));
        _body.Write((byte)claim.Kind);
        Span(claim.Span);
        String(claim.Text);
        Span(claim.SentenceSpan);
        Context(claim.Context);
        Anchor(claim.Anchor);
        switch (claim)
        {
            case QuantityClaim q:
                _body.Write(q.Value);
                _body.Write(q.Step);
                _body.Write((byte)q.Qualifier);
                String(q.QualifierText);
                String(q.Unit);
                _body.Write(q.UnitExplicit);
                Style(q.Style);
                Span(q.FigureSpan);
                String(q.Noun);
                _body.Write(q.Elapsed);
                break;
            case DateClaim d:
                Date(d.From);
                Date(d.To);
                OptionalDate(d.EndFrom);
                OptionalDate(d.EndTo);
                _body.Write(d.Relative);
                break;
            case TitleClaim t:
                String(t.Office);
                String(t.OfficeText);
                OptionalString(t.Country);
                String(t.Person);
                String(t.PersonKey);
                _body.Write(t.Former);
                Span(t.PersonSpan);
                Span(t.OfficeSpan);
                break;
        }
    }

    // Weights and head are written in their enumeration order and read back by insertion in that order, so anything
    // that sums over them (norms, cosines) adds in the same order and gets the same bits. A context is written once:
    // a claim whose context has the same terms, weights and order as an earlier one (every copy of a story) refers to
    // it by number (contexts never change once built, so facts may share one). 0: a new context follows.
    private void Context(ClaimContext context)
    {
        _contextScratch.SetLength(0);
        _contextWriter.Write7BitEncodedInt(context.Weights.Count);
        foreach (var (term, weight) in context.Weights)
        {
            _contextWriter.Write7BitEncodedInt(StringId(term));
            _contextWriter.Write(weight);
        }
        _contextWriter.Write7BitEncodedInt(context.Head.Count);
        foreach (var term in context.Head) _contextWriter.Write7BitEncodedInt(StringId(term));
        _contextWriter.Flush();

        var encoded = _contextScratch.GetBuffer().AsSpan(0, (int)_contextScratch.Length);
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_contextNumbers, Encoding.Latin1.GetString(encoded), out var known);
        if (known)
        {
            _body.Write7BitEncodedInt(number + 1);
            return;
        }
        number = _contextNumbers.Count - 1;
        _body.Write7BitEncodedInt(0);
        _body.Write(encoded);
    }

    private void Anchor(TimeAnchor? anchor)
    {
        _body.Write(anchor is not null);
        if (anchor is null) return;
        _body.Write((byte)anchor.Kind);
        Date(anchor.From);
        Date(anchor.To);
        String(anchor.Text);
        Span(anchor.Span);
    }

    private void Style(FigureStyle style)
    {
        String(style.Prefix);
        String(style.ScaleWord);
        String(style.ScaleSeparator);
        _body.Write(style.Scale);
        String(style.Suffix);
        _body.Write7BitEncodedInt(style.Decimals);
        _body.Write(style.Words);
    }

    private void String(string value) => _body.Write7BitEncodedInt(StringId(value));

    /// <summary>The string's number in the table, added on first use.</summary>
    private int StringId(string value)
    {
        if (!_stringIds.TryGetValue(value, out var id))
        {
            id = _strings.Count;
            _stringIds.Add(value, id);
            _strings.Add(value);
        }
        return id;
    }

    /// <summary>A presence flag, then the string when present.</summary>
    private void OptionalString(string? value)
    {
        _body.Write(value is not null);
        if (value is not null) String(value);
    }

    private void Count(int value) => _body.Write7BitEncodedInt(value);

    private void Span(TextSpan span)
    {
        _body.Write7BitEncodedInt(span.Start);
        _body.Write7BitEncodedInt(span.End);
    }

    private void Date(DateOnly date) => _body.Write7BitEncodedInt(date.DayNumber);

    private void OptionalDate(DateOnly? date)
    {
        _body.Write(date is not null);
        if (date is { } d) Date(d);
    }
}

/// <summary>Which claim class a snapshot record holds.</summary>
internal enum SnapshotClaimType : byte { Quantity = 1, Date = 2, Title = 3 }
