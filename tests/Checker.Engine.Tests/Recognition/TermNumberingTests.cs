using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Recognition;

/// <summary>
/// The extract4 change: extraction weighs a claim's context terms by number (one number per distinct term) in arrays
/// used again from claim to claim, instead of a dictionary per claim. Each claim's context must still equal the one
/// built alone: the same terms, weights and head, in the same order.
/// </summary>
public class TermNumberingTests
{
    private static readonly DateOnly Today = new(2025, 9, 3);

    [Fact]
    public void Words_that_differ_in_case_share_their_term_and_keep_its_first_place()
    {
        const string text = "Defence spending rose sharply. In 2023, DEFENCE investment of $91.8 billion went to defence industry. "
                            + "The defence minister Bill Blair said defence matters. Defence aid reached $2 billion in 2024.";
        ContextsBuiltAlone.AssertEachClaimsContext(text, Today, atLeast: 3);
    }

    [Fact]
    public void Claims_with_more_terms_than_the_reused_arrays_first_hold_are_weighed_alike()
    {
        // Hundreds of distinct words across the draft (more term numbers than the arrays start with) and sentences of
        // well over 64 terms (more than one claim's first order array), with claims in each.
        var words = Enumerable.Range(0, 400).Select(k => $"term{(char)('a' + k % 26)}{(char)('a' + k / 26 % 26)}word").ToList();
        var sentences = new List<string>();
        for (var s = 0; s < 5; s++)
            sentences.Add($"In {2015 + s}, Canada gave ${s + 1}.5 billion in military assistance to "
                          + string.Join(" ", words.Skip(s * 80).Take(80)) + ".");
        ContextsBuiltAlone.AssertEachClaimsContext(string.Join(" ", sentences), Today, atLeast: 5);
    }
}
