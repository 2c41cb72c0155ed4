using System.Text;
using Checker.Core.Claims;
using Checker.Core.Text;

namespace Checker.Core.Facts.Snapshot;

/// <summary>
/// Reads what <see cref="SnapshotWriter"/> wrote, in the same order. Every index and enum is range-checked and every
/// count bounded by the bytes left, so bytes that slipped past the checksum still end in a
/// <see cref="SnapshotFormatException"/>, never in a wrong fact base or an out-of-memory.
/// </summary>
internal sealed partial class SnapshotReader
{
    private readonly BinaryReader _in;
    private readonly long _length;
    private string[] _strings = [];
    private readonly List<ClaimContext> _contexts = []; // contexts read so far, by number

    private SnapshotReader(BinaryReader input, long length)
    {
        _in = input;
        _length = length;
    }

    public static FactBase Read(ArraySegment<byte> payload, Lexicon.Lexicon lexicon)
    {
        using var stream = new MemoryStream(payload.Array!, payload.Offset, payload.Count, writable: false);
        using var input = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            var facts = new SnapshotReader(input, payload.Count).ReadFactBase(lexicon);
            if (stream.Position != payload.Count) throw new SnapshotFormatException("trailing bytes after the snapshot");
            return facts;
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new SnapshotFormatException($"malformed snapshot: {ex.Message}", ex);
        }
    }

    private FactBase ReadFactBase(Lexicon.Lexicon lexicon)
    {
        _strings = new string[Count()];
        for (var i = 0; i < _strings.Length; i++) _strings[i] = _in.ReadString();

        var sources = new SourceDocument[Count()];
        for (var i = 0; i < sources.Length; i++)
            sources[i] = SourceDocument.FromSnapshot(path: String(), text: String(), date: Date(), outlet: String(), title: String(),
                defaultCurrency: String(), defaultCountry: String());

        var documents = NonNegative();
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = Count(); i > 0; i--) frequencies.Add(String(), NonNegative());
        var terms = new TermStatistics(documents, frequencies);

        var facts = new Fact[Count()];
        for (var i = 0; i < facts.Length; i++)
        {
            var id = String();
            var source = Index(sources);
            var claim = Claim();
            var evidenceCount = Count();
            if (evidenceCount == 0) throw new SnapshotFormatException("a fact without evidence");
            var fact = new Fact(id, claim, source, Evidence(sources));
            for (var e = 1; e < evidenceCount; e++) fact.AddEvidence(Evidence(sources));
            facts[i] = fact;
        }

        var series = new FactSeries[Count()];
        for (var i = 0; i < series.Length; i++)
        {
            var id = String();
            var members = new Fact[Count()];
            for (var m = 0; m < members.Length; m++) members[m] = Index(facts);
            series[i] = new FactSeries(id, members);
            foreach (var fact in members)
            {
                if (fact.Series is not null) throw new SnapshotFormatException("a fact in two series");
                fact.Series = series[i];
            }
        }
        if (facts.Any(f => f.Series is null)) throw new SnapshotFormatException("a fact in no series");
        return new FactBase(sources, facts, series, terms, lexicon, ContextIndexLayouts(facts));
    }

    private Claim Claim()
    {
        var type = (SnapshotClaimType)_in.ReadByte();
        var kind = Kind();
        var span = Span();
        var text = String();
        var sentence = Span();
        var context = Context();
        var anchor = Anchor();
        Claim claim = type switch
        {
            SnapshotClaimType.Quantity => Quantity(kind, span, text),
            SnapshotClaimType.Date => new DateClaim(span, text, Date(), Date(), OptionalDate(), OptionalDate(), _in.ReadBoolean()),
            SnapshotClaimType.Title => Title(span, text),
            _ => throw new SnapshotFormatException($"unknown claim type {(byte)type}"),
        };
        if (claim.Kind != kind) throw new SnapshotFormatException($"a {type} claim of kind {kind}");
        claim.SentenceSpan = sentence;
        claim.Context = context;
        claim.Anchor = anchor;
        return claim;
    }

    private QuantityClaim Quantity(ClaimKind kind, TextSpan span, string text)
    {
        if (kind is ClaimKind.Date or ClaimKind.Title) throw new SnapshotFormatException($"a quantity of kind {kind}");
        var claim = new QuantityClaim(kind, span, text, value: _in.ReadDouble(), step: _in.ReadDouble(), qualifier: Qualifier(),
            qualifierText: String(), unit: String(), unitExplicit: _in.ReadBoolean(), style: Style(), figureSpan: Span(), noun: String());
        claim.Elapsed = _in.ReadBoolean();
        return claim;
    }

    private TitleClaim Title(TextSpan span, string text) =>
        new(span, text, office: String(), officeText: String(), country: OptionalString(), person: String(), personKey: String(), former: _in.ReadBoolean())
        {
            PersonSpan = Span(),
            OfficeSpan = Span(),
        };

    /// <summary>A new context (0, then its weights and head), or the number of an earlier one plus one, shared.</summary>
    private ClaimContext Context()
    {
        var reference = _in.Read7BitEncodedInt();
        if (reference != 0)
        {
            if ((uint)(reference - 1) >= (uint)_contexts.Count) throw new SnapshotFormatException($"context {reference} out of range");
            return _contexts[reference - 1];
        }
        var context = NewContext();
        _contexts.Add(context);
        return context;
    }

    private ClaimContext NewContext()
    {
        var count = Count();
        var weights = new Dictionary<string, double>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) weights.Add(String(), _in.ReadDouble());
        count = Count();
        var head = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) head.Add(String());
        return new ClaimContext(weights, head);
    }

    private TimeAnchor? Anchor() =>
        _in.ReadBoolean() ? new TimeAnchor(TimeAnchorKind(), From: Date(), To: Date(), Text: String(), Span: Span()) : null;

    private FigureStyle Style() =>
        new(Prefix: String(), ScaleWord: String(), ScaleSeparator: String(), Scale: _in.ReadDouble(), Suffix: String(),
            Decimals: _in.Read7BitEncodedInt(), Words: _in.ReadBoolean());

    private Evidence Evidence(SourceDocument[] sources) => new(Index(sources), Sentence: Span(), Figure: Span());

    /// <summary>A count or index: never negative, and never more than the bytes left (each item takes at least one).</summary>
    private int Count()
    {
        var value = _in.Read7BitEncodedInt();
        if (value < 0 || value > _length - _in.BaseStream.Position) throw new SnapshotFormatException($"count {value} out of range");
        return value;
    }

    /// <summary>A number that is not a count of items still to come (sentences counted, a term's frequency).</summary>
    private int NonNegative()
    {
        var value = _in.Read7BitEncodedInt();
        if (value < 0) throw new SnapshotFormatException($"negative value {value}");
        return value;
    }

    private T Index<T>(T[] items)
    {
        var index = _in.Read7BitEncodedInt();
        if ((uint)index >= (uint)items.Length) throw new SnapshotFormatException($"index {index} out of range");
        return items[index];
    }

    private string String() => Index(_strings);

    private string? OptionalString() => _in.ReadBoolean() ? String() : null;

    private ClaimKind Kind() => (ClaimKind)Byte((int)ClaimKind.Title, nameof(ClaimKind));

    private QualifierKind Qualifier() => (QualifierKind)Byte((int)QualifierKind.Exactly, nameof(QualifierKind));

    private AnchorKind TimeAnchorKind() => (AnchorKind)Byte((int)AnchorKind.At, nameof(AnchorKind));

    /// <summary>An enum's value, 0 to <paramref name="max"/> (each enum's last member: they are numbered from 0 without gaps).</summary>
    private byte Byte(int max, string what)
    {
        var value = _in.ReadByte();
        if (value > max) throw new SnapshotFormatException($"{what} {value} out of range");
        return value;
    }

    private TextSpan Span()
    {
        var (start, end) = (_in.Read7BitEncodedInt(), _in.Read7BitEncodedInt());
        if (start < 0 || end < start) throw new SnapshotFormatException($"span [{start}..{end}) out of range");
        return new TextSpan(start, end);
    }

    private DateOnly Date()
    {
        var day = _in.Read7BitEncodedInt();
        if ((uint)day > (uint)DateOnly.MaxValue.DayNumber) throw new SnapshotFormatException($"day {day} out of range");
        return DateOnly.FromDayNumber(day);
    }

    private DateOnly? OptionalDate() => _in.ReadBoolean() ? Date() : null;
}
