namespace Checker.Core.Facts;

/// <summary>
/// The working arrays of <see cref="ContextIndex.Candidates(Claims.ClaimContext, string?, Func{HeadOverlap, bool}, double, double, List{IndexedMatch})"/>,
/// one set per thread: a check judges thousands of claims, and allocating these per claim was most of what judging
/// allocated. Per thread, not per index or matcher, because one checker may judge drafts on several threads at once
/// (the language server checks each document on the thread pool). Each array only grows; a call takes the part it
/// needs through <see cref="AtLeast"/> (contents left over) or <see cref="Cleared"/> (zeroed first).
/// </summary>
internal sealed class CandidateScratch
{
    [ThreadStatic] private static CandidateScratch? _ofThisThread;

    public static CandidateScratch ForThisThread => _ofThisThread ??= new CandidateScratch();

    /// <summary>The claim's terms, in its order.</summary>
    public ContextIndex.ClaimTerm[] ClaimTerms = [];

    /// <summary>A claim's weights copied out of a dictionary, in its order (a draft's claims need no copy).</summary>
    public string[] WeightTerms = [];
    public double[] WeightValues = [];

    /// <summary>The claim's terms heaviest first, and the ids of those a fact must share one of.</summary>
    public ContextIndex.WeighedTerm[] HeaviestFirst = [];
    public double[] Rest = [];
    public int[] TakenTerms = [];

    /// <summary>By head group: how many of the claim's head terms it has, and whether it agrees with the claim's head.</summary>
    public int[] SharedHeadTerms = [];
    public bool[] AgreeingHeads = [];

    /// <summary>The head groups sharing a term with the claim's head, the first <see cref="ReachedCount"/> of them.</summary>
    public int[] ReachedHeads = [];
    public int ReachedCount;

    /// <summary>One bit per fact: the facts to score.</summary>
    public ulong[] Picked = [];

    /// <summary>By fact: its dot product with the claim.</summary>
    public double[] Dots = [];

    /// <summary>By term id: its place among the claim's terms, plus one (zero between calls); and one product per claim term.</summary>
    public int[] PositionOf = [];
    public double[] Products = [];

    /// <summary>The first <paramref name="length"/> items of <paramref name="array"/>, grown if it is shorter; contents are left over from earlier calls.</summary>
    public static Span<T> AtLeast<T>(ref T[] array, int length)
    {
        if (array.Length < length) array = new T[Math.Max(length, array.Length * 2)];
        return array.AsSpan(0, length);
    }

    /// <summary>As <see cref="AtLeast"/>, every item set to its default.</summary>
    public static Span<T> Cleared<T>(ref T[] array, int length)
    {
        var span = AtLeast(ref array, length);
        span.Clear();
        return span;
    }
}
