using Checker.Core.Facts;
using Checker.Workspace;

namespace Checker.Engine.Tests.Infrastructure;

/// <summary>Small inline fact bases for rule tests: each source is a date and a few sentences.</summary>
public static class Facts
{
    public static FactBase From(params (string Date, string Text)[] sources) =>
        SeedLoader.Build(sources.Select((s, i) => new SourceDocument($"test/source{i}.txt", s.Text, DateOnly.Parse(s.Date), $"Outlet {i}", $"Source {i}")).ToList());

    /// <summary>A fact base shaped like the bundled seeds but written for the tests.</summary>
    public static FactBase Standard { get; } = From(
        ("2023-08-28", "Canada has provided Ukraine various forms of support since Russia invaded in February 2022, including $1.8 billion committed in military assistance and $352.5 million in humanitarian assistance."),
        ("2025-08-19", "Canada has committed $6.5 billion in military assistance to Ukraine since the beginning of 2022, the federal government says. That number includes over $2 billion in aid announced by Carney at the G7 summit in Alberta in June.\nUkraine is also looking to secure a US$90-billion arms deal that will see Kyiv buy American weapons."),
        ("2026-01-06", "Ukraine has been given a series of concrete security guarantees — backed by more than 30 countries including Canada — that it can take into possible peace talks.\nHe said the government's planned $81.8-billion defence investment over that period was needed."));
}
