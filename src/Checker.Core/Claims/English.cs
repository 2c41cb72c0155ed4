using System.Globalization;

namespace Checker.Core.Claims;

/// <summary>
/// The culture claims are read and written in. It is the neutral "en", not "en-US": Humanizer finds its English
/// number-word converters by the culture's name, and "en" is found both with ICU and in a globalization-invariant
/// build (which has no ICU, so starts faster; it needs PredefinedCulturesOnly=false to create "en").
/// </summary>
public static class English
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en");
}
