using System.Security.Cryptography;
using System.Text;
using Checker.Core.Diagnostics;
using Checker.Workspace;

namespace Checker.Cli.Output;

/// <summary>
/// A finding's identity across runs, for baselines and SARIF's partialFingerprints: the rule, the flagged text and the
/// sentence it stands in (whitespace folded), plus an occurrence number when the same sentence repeats. No line numbers
/// or offsets, so a finding keeps its fingerprint when text is added or removed elsewhere in the draft.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>One fingerprint per diagnostic of the file, in the same order.</summary>
    public static IReadOnlyList<string> ForFile(CheckedFile file)
    {
        var document = file.Result.Document;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var prints = new List<string>();
        foreach (var d in file.Result.Diagnostics)
        {
            var sentence = document.Sentences.FirstOrDefault(s => s.Span.Contains(d.Span.Start))?.Span ?? LineOf(document.Source, d.Span.Start);
            var key = $"{d.Id}\n{Fold(document.SourceText(d.Span))}\n{Fold(document.SourceText(sentence))}";
            var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
            prints.Add(Hash($"{key}\n{occurrence}"));
        }
        return prints;
    }

    private static Core.Text.TextSpan LineOf(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var start = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var end = text.IndexOf('\n', offset);
        return new(start, end < 0 ? text.Length : end);
    }

    private static string Fold(string s) => string.Join(' ', s.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..16];
}
