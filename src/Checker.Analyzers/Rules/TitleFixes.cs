using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Text;

namespace Checker.Analyzers.Rules;

/// <summary>Fixes shared by the title rules: replace only the name or only the office, so the draft's phrasing stays.</summary>
internal static class TitleFixes
{
    /// <summary>The edit, and the claim's text as it reads after it.</summary>
    public static (TextEdit Edit, string Text) Replace(TitleClaim claim, TextSpan part, string newText)
    {
        if (part.IsEmpty || !claim.Span.Contains(part)) part = claim.Span;
        var offset = part.Start - claim.Span.Start;
        var text = claim.Text[..offset] + newText + claim.Text[(offset + part.Length)..];
        return (new TextEdit(part, newText), text);
    }
}
