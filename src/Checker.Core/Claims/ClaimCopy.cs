using Checker.Core.Text;

namespace Checker.Core.Claims;

/// <summary>
/// A copy of a claim moved by a number of characters: the same claim found again in a sentence that an edit above it
/// moved. Copies, never changes, the original (an earlier result may still be showing it).
/// </summary>
internal static class ClaimCopy
{
    /// <remarks>The claim's time anchor must stand in its sentence (so it moved with it), not in a table's headers.</remarks>
    /// <returns>The copy; null for a claim type this does not know (its sentence is then extracted again).</returns>
    public static Claim? Moved(Claim claim, int delta)
    {
        TextSpan Move(TextSpan span) => new(span.Start + delta, span.End + delta);
        Claim? copy = claim switch
        {
            QuantityClaim q => new QuantityClaim(q.Kind, Move(q.Span), q.Text, q.Value, q.Step, q.Qualifier, q.QualifierText, q.Unit,
                q.UnitExplicit, q.Style, Move(q.FigureSpan), q.Noun) { Elapsed = q.Elapsed },
            DateClaim d => new DateClaim(Move(d.Span), d.Text, d.From, d.To, d.EndFrom, d.EndTo, d.Relative),
            TitleClaim t => new TitleClaim(Move(t.Span), t.Text, t.Office, t.OfficeText, t.Country, t.Person, t.PersonKey, t.Former)
            {
                PersonSpan = Move(t.PersonSpan),
                OfficeSpan = Move(t.OfficeSpan),
            },
            _ => null,
        };
        if (copy is null) return null;
        copy.SentenceSpan = Move(claim.SentenceSpan);
        copy.Context = claim.Context; // never changed once built
        copy.Anchor = claim.Anchor is { } anchor ? anchor with { Span = Move(anchor.Span) } : null;
        return copy;
    }
}
