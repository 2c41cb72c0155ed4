using Checker.Core.Claims;
using Checker.Core.Facts;

namespace Checker.Core.Matching;

public sealed partial class FactMatcher
{
    /// <summary>
    /// Who held an office when. A title is supported when the sources give the person that office and nobody later;
    /// outdated when a later source gives the office to someone else; refuted when the sources know the person in
    /// another office and give this one to someone else. Facts newer than the draft are not used.
    /// </summary>
    private Judgement JudgeTitle(TitleClaim claim, DateOnly asOf)
    {
        // Every search below is of one person's titles or of one office's holders, so each reads only its own list
        // (in fact-base order, as a pass over all titles would find them).
        var ofPerson = Titles.OfPerson(claim.PersonKey).Where(f => f.Date <= asOf).ToList();
        if (ofPerson.Count == 0) return Unsupported(claim, [], "no source names this person");

        var sameOffice = ofPerson.Where(f => SameOffice((TitleClaim)f.Claim, claim.Office, claim.Country)).ToList();
        if (sameOffice.Count > 0)
        {
            var held = sameOffice.OrderBy(f => f.Date).Last();
            var heldTitle = (TitleClaim)held.Claim;
            if (claim.Former) return Supported(claim, held);
            var country = claim.Country ?? heldTitle.Country;
            var successor = Titles.OfOffice(claim.Office)
                .Where(f => f.Date <= asOf && f.Claim is TitleClaim { Former: false } t && t.Office == claim.Office && t.Country == country && t.PersonKey != claim.PersonKey && f.Date > held.Date)
                .OrderBy(f => f.Date).LastOrDefault();
            if (successor is not null)
                return new Judgement(claim, Verdict.Stale, Finding.TitleOutdated, held, [Candidate(held, Verdict.Stale, Finding.TitleOutdated)],
                    "a newer source gives the office to someone else") { Current = successor };
            if (sameOffice.All(f => ((TitleClaim)f.Claim).Former))
                return new Judgement(claim, Verdict.Stale, Finding.TitleOutdated, held, [Candidate(held, Verdict.Stale, Finding.TitleOutdated)],
                    "the sources call this person a former holder of the office");
            return Supported(claim, held);
        }

        // Known in another office: is this one someone else's?
        var own = ofPerson.OrderBy(f => f.Date).Last();
        var ownCountry = claim.Country ?? ((TitleClaim)own.Claim).Country;
        var holder = Titles.OfOffice(claim.Office)
            .Where(f => f.Date <= asOf && f.Claim is TitleClaim { Former: false } t && t.Office == claim.Office && t.PersonKey != claim.PersonKey
                        && (ownCountry is null || t.Country is null || t.Country == ownCountry))
            .OrderBy(f => f.Date).LastOrDefault();
        if (holder is null || claim.Former) return Unsupported(claim, [], "no source names a holder of this office");
        return new Judgement(claim, Verdict.Refuted, Finding.TitleContradicted, holder, [Candidate(holder, Verdict.Refuted, Finding.TitleContradicted)],
            "the sources give this office to someone else") { Current = own };
    }

    private TitleIndex Titles => _titles.Value;

    private static bool SameOffice(TitleClaim fact, string office, string? country) =>
        fact.Office == office && (country is null || fact.Country is null || fact.Country == country);

    private static Candidate Candidate(Fact fact, Verdict verdict, Finding finding) => new(fact, 1, true, verdict, finding);

    private static Judgement Supported(Claim claim, Fact fact) =>
        new(claim, Verdict.Supported, Finding.None, fact, [Candidate(fact, Verdict.Supported, Finding.None)], "a source gives this person this office") { Current = fact };
}
