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
        // (in fact-base order, as a pass over all titles would find them). "Latest" is the last of the latest date in
        // that order, as a stable sort by date would put last.
        var ofPerson = Titles.OfPerson(claim.PersonKey);
        Fact? own = null; // the person's latest title known at asOf
        Fact? held = null; // the latest of those in this office
        var allFormer = true; // whether every title of the person in this office calls them a former holder
        foreach (var fact in ofPerson)
        {
            if (fact.Date > asOf) continue;
            own = Latest(own, fact);
            var title = (TitleClaim)fact.Claim;
            if (!SameOffice(title, claim.Office, claim.Country)) continue;
            held = Latest(held, fact);
            allFormer &= title.Former;
        }
        if (own is null) return Unsupported(claim, [], "no source names this person");

        if (held is not null)
        {
            var heldTitle = (TitleClaim)held.Claim;
            if (claim.Former) return Supported(claim, held);
            var country = claim.Country ?? heldTitle.Country;
            Fact? successor = null;
            foreach (var fact in Titles.OfOffice(claim.Office))
                if (fact.Date <= asOf && fact.Claim is TitleClaim { Former: false } t && t.Office == claim.Office && t.Country == country
                    && t.PersonKey != claim.PersonKey && fact.Date > held.Date)
                    successor = Latest(successor, fact);
            if (successor is not null)
                return new Judgement(claim, Verdict.Stale, Finding.TitleOutdated, held, [Candidate(held, Verdict.Stale, Finding.TitleOutdated)],
                    "a newer source gives the office to someone else") { Current = successor };
            if (allFormer)
                return new Judgement(claim, Verdict.Stale, Finding.TitleOutdated, held, [Candidate(held, Verdict.Stale, Finding.TitleOutdated)],
                    "the sources call this person a former holder of the office");
            return Supported(claim, held);
        }

        // Known in another office: is this one someone else's?
        var ownCountry = claim.Country ?? ((TitleClaim)own.Claim).Country;
        Fact? holder = null;
        foreach (var fact in Titles.OfOffice(claim.Office))
            if (fact.Date <= asOf && fact.Claim is TitleClaim { Former: false } t && t.Office == claim.Office && t.PersonKey != claim.PersonKey
                && (ownCountry is null || t.Country is null || t.Country == ownCountry))
                holder = Latest(holder, fact);
        if (holder is null || claim.Former) return Unsupported(claim, [], "no source names a holder of this office");
        return new Judgement(claim, Verdict.Refuted, Finding.TitleContradicted, holder, [Candidate(holder, Verdict.Refuted, Finding.TitleContradicted)],
            "the sources give this office to someone else") { Current = own };
    }

    /// <summary>The later of two facts, <paramref name="next"/> on a tie (it comes later in fact-base order).</summary>
    private static Fact Latest(Fact? latest, Fact next) => latest is null || next.Date >= latest.Date ? next : latest;

    private TitleIndex Titles => _titles.Value;

    private static bool SameOffice(TitleClaim fact, string office, string? country) =>
        fact.Office == office && (country is null || fact.Country is null || fact.Country == country);

    private static Candidate Candidate(Fact fact, Verdict verdict, Finding finding) => new(fact, 1, true, verdict, finding);

    private static Judgement Supported(Claim claim, Fact fact) =>
        new(claim, Verdict.Supported, Finding.None, fact, [Candidate(fact, Verdict.Supported, Finding.None)], "a source gives this person this office") { Current = fact };
}
