using System.Collections.Concurrent;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Incremental;
using Checker.Core.Prose;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Rpc;

namespace Checker.LanguageServer.Checking;

/// <summary>One check of one version of a draft against one snapshot.</summary>
public sealed record AnalysedDraft(OpenDocument Document, CheckerSnapshot Snapshot, CheckResult Result);

/// <summary>
/// Checks drafts, at most once per (version, snapshot): diagnostics, hover and code actions on the same version share
/// one result. The engine cannot be interrupted, so staleness is decided by the caller when a result arrives.
/// </summary>
public sealed class DraftAnalysis
{
    private sealed record Entry(OpenDocument Document, int Generation, Task<AnalysedDraft> Result);

    private readonly ConcurrentDictionary<string, Entry> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IncrementalChecker> _incremental = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private CheckerSnapshot? _snapshot;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a first snapshot is in place (the fact base is built in the background at start-up).</summary>
    public Task Ready => _ready.Task;

    public CheckerSnapshot? Snapshot => _snapshot;

    /// <summary>Applies each draft's checker.json; without it (before initialize) every draft gets the snapshot's defaults.</summary>
    public DraftConfiguration? Configuration { get; set; }

    public void Replace(CheckerSnapshot snapshot)
    {
        lock (_gate)
        {
            _snapshot = snapshot;
            _latest.Clear();
        }
        _ready.TrySetResult();
    }

    public void Forget(string uri)
    {
        _latest.TryRemove(uri, out _);
        _incremental.TryRemove(uri, out _);
    }

    /// <summary>Whether this version already has a check under way or done against the current snapshot.</summary>
    public bool IsUnderWay(OpenDocument document) =>
        _latest.TryGetValue(document.Uri, out var entry) && ReferenceEquals(entry.Document, document) && entry.Generation == _snapshot?.Generation;

    public async Task<AnalysedDraft> AnalyseAsync(OpenDocument document)
    {
        await Ready.ConfigureAwait(false);
        Entry entry;
        lock (_gate)
        {
            var snapshot = _snapshot!;
            if (!_latest.TryGetValue(document.Uri, out entry!) || !ReferenceEquals(entry.Document, document) || entry.Generation != snapshot.Generation)
            {
                entry = new Entry(document, snapshot.Generation,
                    Task.Run(() => new AnalysedDraft(document, snapshot, Check(document, snapshot))));
                _latest[document.Uri] = entry;
            }
        }
        return await entry.Result.ConfigureAwait(false);
    }

    private CheckResult Check(OpenDocument document, CheckerSnapshot snapshot)
    {
        LatencyTrace.Mark(document.Uri, document.Version, "check");
        var setup = Configuration?.For(document.Uri, snapshot) ?? new DraftSetup(snapshot.Checker, snapshot.Options, false);
        LatencyTrace.Mark(document.Uri, document.Version, "configured");
        if (setup.Ignored)
        {
            // A draft the configuration ignores: no claims, no diagnostics, as `checker verify` skips it.
            var prose = MarkdownProse.Parse(document.Text);
            return new CheckResult(prose, setup.Options.DefaultAsOf, [], []);
        }
        // Each draft keeps its claims' judgements between versions; a new fact base (or configuration) starts afresh.
        var incremental = _incremental.AddOrUpdate(document.Uri, _ => new IncrementalChecker(setup.Checker),
            (_, existing) => ReferenceEquals(existing.Source, setup.Checker) ? existing : new IncrementalChecker(setup.Checker));
        var result = incremental.Check(document.Text, setup.Options);
        LatencyTrace.Mark(document.Uri, document.Version, "engine");
        return result;
    }
}
