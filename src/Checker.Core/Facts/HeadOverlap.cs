namespace Checker.Core.Facts;

/// <summary>
/// How a claim's head and a fact's head overlap: the terms they share and how many each has. It is all that deciding
/// whether two heads agree reads (<c>ContextSimilarity.HeadsAgree</c>), so a context index counts it for every head at
/// once, by term, instead of comparing the sets head by head.
/// </summary>
public readonly record struct HeadOverlap(int Shared, int ClaimTerms, int FactTerms);
