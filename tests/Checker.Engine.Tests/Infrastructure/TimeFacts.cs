using Checker.Core.Facts;

namespace Checker.Engine.Tests.Infrastructure;

/// <summary>A fact base about offices, events and a war over time, written for the tests (the seeds' shape, other words).</summary>
public static class TimeFacts
{
    public static FactBase Standard { get; } = Facts.From(
        ("2022-09-13", "A report by former NATO Secretary General Anders Fogh Rasmussen was presented in Kyiv on Tuesday.\nRasmussen, who was NATO Secretary General from 2009 to 2014, said the treaty would send a signal.\nNATO made it clear 14 years ago that it was interested in Ukraine becoming a member.\nRussian President Vladimir Putin used NATO as an excuse to launch an invasion last winter."),
        ("2023-08-28", "Foreign Affairs Minister Mélanie Joly told a radio station that Canada backs the idea.\nShe said that when Prime Minister Justin Trudeau visited Ukraine in June, he convinced Mr. Zelenskyy.\nThe meeting between officials took place on Aug. 25, according to a readout of the negotiations."),
        ("2025-08-19", "Prime Minister Mark Carney joined a virtual meeting on Tuesday.\nA joint statement from Foreign Affairs Minister Anita Anand and her Nordic counterparts followed.\nGlobal News has asked Defence Minister David McGuinty's office what Canada would contribute.\nThe talks gave hope of an end to hostilities after more than three years of war.\nUkrainian President Volodymyr Zelenskyy attended the summit."),
        ("2026-01-06", "After almost four years of major conflict, Ukraine has been given security guarantees.\nPrime Minister Mark Carney was asked about Greenland."));
}
