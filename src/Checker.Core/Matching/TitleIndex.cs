using System.Runtime.InteropServices;
using Checker.Core.Claims;
using Checker.Core.Facts;

namespace Checker.Core.Matching;

/// <summary>
/// The title facts by person and by office, each list in fact-base order, so judging a title reads the facts of its
/// person and its office instead of every title the sources give (thousands at 10,000 sources).
/// </summary>
internal sealed class TitleIndex
{
    private readonly Dictionary<string, List<Fact>> _byPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Fact>> _byOffice = new(StringComparer.Ordinal);

    public TitleIndex(IEnumerable<Fact> facts)
    {
        foreach (var fact in facts)
        {
            if (fact.Claim is not TitleClaim title) continue;
            Add(_byPerson, title.PersonKey, fact);
            Add(_byOffice, title.Office, fact);
        }
    }

    // Spans, so a judge walks them without an enumerator object per title claim.
    public ReadOnlySpan<Fact> OfPerson(string personKey) => _byPerson.TryGetValue(personKey, out var facts) ? CollectionsMarshal.AsSpan(facts) : [];

    public ReadOnlySpan<Fact> OfOffice(string office) => _byOffice.TryGetValue(office, out var facts) ? CollectionsMarshal.AsSpan(facts) : [];

    private static void Add(Dictionary<string, List<Fact>> lists, string key, Fact fact)
    {
        if (!lists.TryGetValue(key, out var facts)) lists[key] = facts = [];
        facts.Add(fact);
    }
}
