using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Core.Facts.Snapshot;
using Checker.Core.Matching;
using Checker.Core.Prose;
using Checker.Engine.Tests.Infrastructure;
using Checker.Workspace;

namespace Checker.Engine.Tests.Snapshots;

/// <summary>
/// A snapshot stores each kind's context-index layout and shares equal contexts between facts; the index a load builds
/// from them must be the index built from text: the same candidates, in the same order, with the same score bits,
/// head agreement and series numbers, for every claim and every bar the matcher uses.
/// </summary>
public class SnapshotContextIndexTests
{
    private static readonly FactBase Built = SeedLoader.Build(ContextIndexTests.MixedSources(80));
    private static readonly FactBase Loaded = FactBaseSnapshot.Read(FactBaseSnapshot.Write(Built), SeedLoader.DefaultLexicon);

    [Theory]
    [MemberData(nameof(ContextIndexTests.Bars), MemberType = typeof(ContextIndexTests))]
    public void The_index_read_from_a_snapshot_gives_the_candidates_of_the_index_built_from_text(double agreeingBar, double otherBar, bool headsNeedOnlyMeet)
    {
        var claims = Built.Facts.Select(f => f.Claim).Concat(DraftClaims()).ToList();
        var found = 0;
        foreach (var claim in claims)
        {
            var measure = claim is QuantityClaim { Kind: ClaimKind.Count } count ? Built.Lexicon.Term(count.Noun) : null;
            Func<HeadOverlap, bool> agrees = headsNeedOnlyMeet ? _ => true : ContextSimilarity.HeadsAgree;
            var expected = Built.ContextIndexOf(claim.Kind).Candidates(claim.Context, measure, agrees, agreeingBar, otherBar);
            var actual = Loaded.ContextIndexOf(claim.Kind).Candidates(claim.Context, measure, agrees, agreeingBar, otherBar);
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
            found += actual.Count;
        }
        Assert.True(found > 0);
    }

    [Fact]
    public void Facts_with_equal_contexts_share_one_after_a_load_and_write_back_the_same_bytes()
    {
        var distinctBuilt = Built.Facts.Select(f => f.Claim.Context).Distinct(ReferenceEqualityComparer.Instance).Count();
        var distinctLoaded = Loaded.Facts.Select(f => f.Claim.Context).Distinct(ReferenceEqualityComparer.Instance).Count();
        Assert.True(distinctLoaded < distinctBuilt, $"{distinctLoaded} contexts after a load, {distinctBuilt} built");
        Assert.Equal(FactBaseListing.Of(Built), FactBaseListing.Of(Loaded));
        Assert.Equal(FactBaseSnapshot.Write(Built), FactBaseSnapshot.Write(Loaded));
    }

    private static string Describe(IndexedMatch m) => $"{m.Fact.Id} {BitConverter.DoubleToInt64Bits(m.Score):X} {m.HeadsAgree} {m.SeriesKey}";

    private static IEnumerable<Claim> DraftClaims()
    {
        var draft = File.ReadAllText(Path.Combine(Repository.Root, "examples", "draft.md"));
        return new ClaimExtractor(Built.Lexicon).Extract(MarkdownProse.Parse(draft), new RecognizerOptions("CAD", new DateOnly(2025, 9, 1), "Canada"));
    }
}
