using Checker.Core.Claims;
using Checker.Core.Diagnostics;

namespace Checker.Analyzers.Rules;

/// <summary>Fixes shared by the figure rules: replace the draft's figure with the source's, written in the draft's style.</summary>
internal static class QuantityFixes
{
    public static IReadOnlyList<Fix> ReplaceWithSource(QuantityClaim claim, QuantityClaim source, bool useSourceCurrency = false)
    {
        var replacement = FigureFormatter.Replacement(claim, source, useSourceCurrency);
        if (replacement == claim.Text) return [];
        return [new Fix($"Replace with {replacement}", [new TextEdit(claim.Span, replacement)], IsPreferred: true)];
    }
}
