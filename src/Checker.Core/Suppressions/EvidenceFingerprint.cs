using System.Security.Cryptography;
using System.Text;
using Checker.Core.Diagnostics;

namespace Checker.Core.Suppressions;

/// <summary>
/// The fingerprint a <c>checker-ignore</c> comment carries: the rule, the claim as written, and the evidence it was
/// judged against (each source and sentence). When the fact base judges the claim against other evidence, or the claim
/// is reworded, the fingerprint changes and the ignore stops applying: the writer silenced that finding, not any finding.
/// </summary>
public static class EvidenceFingerprint
{
    public static string For(Diagnostic diagnostic, string draft)
    {
        var claim = diagnostic.Claim?.Text ?? draft.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
        var text = new StringBuilder().Append(diagnostic.Id).Append('\n').Append(Normalize(claim));
        // The source's file name, not its path: the same comment must hold on every checkout and from any folder.
        foreach (var e in diagnostic.Evidence.Select(e => FileName(e.Source.Path) + "\n" + Normalize(e.Text)).Order(StringComparer.Ordinal))
            text.Append('\n').Append(e);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..8];
    }

    /// <summary>The comment that ignores this one finding, for an editor's "Ignore this claim" action.</summary>
    public static string Comment(Diagnostic diagnostic, string draft) => $"<!-- checker-ignore {diagnostic.Id} evidence={For(diagnostic, draft)} -->";

    private static string FileName(string path) => path[(path.Replace('\\', '/').LastIndexOf('/') + 1)..];

    private static string Normalize(string s) => string.Join(' ', s.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
