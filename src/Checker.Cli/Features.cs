using System.Diagnostics.CodeAnalysis;

namespace Checker.Cli;

/// <summary>
/// Parts of the tool a build may leave out. The NativeAOT publish sets <see cref="LanguageServer"/> to false
/// (Checker.Cli.csproj): StreamJsonRpc's Newtonsoft formatter needs reflection a native build does not keep (that
/// server started but never answered <c>initialize</c>), and without it the trimmer drops the server and its
/// dependencies, so the native `checker verify` starts faster. Editors run the framework-dependent build.
/// </summary>
internal static class Features
{
    private const string LanguageServerSwitch = "Checker.Cli.LanguageServer.IsSupported";

    [FeatureSwitchDefinition(LanguageServerSwitch)]
    public static bool LanguageServer => !AppContext.TryGetSwitch(LanguageServerSwitch, out var enabled) || enabled;
}
