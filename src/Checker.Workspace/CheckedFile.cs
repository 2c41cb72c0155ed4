using Checker.Core.Analysis;

namespace Checker.Workspace;

/// <summary>One draft and what checking it found, with the path reports show.</summary>
public sealed record CheckedFile(string Path, CheckResult Result);
