using Checker.Core.Claims;

namespace Checker.Engine.Tests.Recognition;

/// <summary>
/// The extract5 change: the recognizers' word lists (number words, clause breaks, offices' first words, future cues) are
/// <c>WordSet</c>s, which compare a word with the members of its length and first letter instead of hashing it. Each
/// must answer as the case-insensitive hash set it replaced.
/// </summary>
public class WordSetTests
{
    private static readonly string[] Probes =
    [
        "six", "SIX", "Six", "sIx", "\u017Fix", "si\u017F", "sixx", "si", "x", "", "seven", "Seventeen", "twenty-one", "5",
        "§", "#", "and", "AND", "\u212Aelvin", "kelvin", "über", "Über", "ünd", "who", "whose", "whom", "thousand",
    ];

    private static readonly string[][] MemberLists =
    [
        ["six", "seven", "seventeen", "thousand", "and", "who", "whose"],
        ["kelvin", "über", "six"],
        ["§", "#", "six", "and"],
        [],
    ];

    [Fact]
    public void A_word_is_a_member_exactly_when_a_case_insensitive_hash_set_says_so()
    {
        foreach (var members in MemberLists)
        {
            var expected = new HashSet<string>(members, StringComparer.OrdinalIgnoreCase);
            var set = new WordSet(members);
            foreach (var probe in Probes.Concat(members).Concat(members.Select(m => m.ToUpperInvariant())))
                Assert.True(expected.Contains(probe) == set.Contains(probe), $"'{probe}' in [{string.Join(", ", members)}]");
        }
    }
}
