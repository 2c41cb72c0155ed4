using Checker.Core.Analysis;
using Checker.Core.Diagnostics;
using Checker.Core.Prose;

namespace Checker.Analyzers.Rules;

/// <summary>One person's name spelled two ways in one draft ("Zelensky" and "Zelenskyy"): a note, never a warning.</summary>
[Rule]
public sealed class FC6001NameSpelledTwoWays : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC6001", "Name spelled two ways",
        Category.Consistency, Severity.Information, "The draft spells one person's name in more than one way; both are matched as the same person.");

    public void Analyze(RuleContext context)
    {
        var lexicon = context.Facts.Lexicon;
        var first = new Dictionary<string, Token>();
        // Every capitalised word is looked up, and the lexicon folds it on each lookup: a word's answer (its person's
        // key, or null for a word that is no spelling of a person with several) is kept for the draft.
        var nameKeys = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var sentence = 0; sentence < context.Document.Sentences.Count; sentence++)
        {
            // The tokens extraction made (the draft is not tokenized a second time), or as you type only the capitalised
            // words, mostly kept from the previous version. (Indexed: a foreach over the interface would allocate an
            // enumerator for each of a long draft's tens of thousands of sentences.)
            var tokens = context.WithCapitalisedWordsOf(sentence);
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (!token.IsWord || !char.IsUpper(token.Text[0])) continue;
                if (!nameKeys.TryGetValue(token.Text, out var key))
                    nameKeys[token.Text] = key = lexicon.HasVariants(token.Text) ? lexicon.NameKey(token.Text) : null;
                if (key is null) continue;
                if (!first.TryGetValue(key, out var earlier)) { first[key] = token; continue; }
                var spelling = Spelling(token.Text);
                if (Spelling(earlier.Text) == spelling) continue;
                var span = new Checker.Core.Text.TextSpan(token.Span.Start, token.Span.Start + spelling.Length);
                context.Report(span, $"\"{spelling}\" is spelled \"{Spelling(earlier.Text)}\" earlier in the draft; pick one spelling.",
                    fixes: [new Fix($"Spell it {Spelling(earlier.Text)}", [new TextEdit(span, Spelling(earlier.Text))])],
                    related: [new RelatedLocation(earlier.Span, $"First spelled \"{Spelling(earlier.Text)}\" here.")]);
            }
        }
    }

    private static string Spelling(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
}
