using System.Collections.Concurrent;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Rpc;

namespace Checker.LanguageServer.Checking;

/// <summary>
/// Publishes diagnostics as the writer types. An edit to a draft with no check under way is checked at once; an edit
/// that arrives while one runs waits a short debounce (overlapping that check); a newer edit cancels the pending work
/// for an older version; one check per draft runs at a time; and a result is published only if its version is still
/// the open one (checked under the same lock that edits take, so no edit can slip in between). A client that pulls
/// diagnostics gets the same policy (<see cref="CheckPulledAsync"/>); its cancelled pulls stand for cancelled edits.
/// </summary>
public sealed class DiagnosticsScheduler(OpenDocuments documents, DraftAnalysis analysis, Func<AnalysedDraft, Task> publish, ServerLog log, TimeSpan? debounce)
{
    /// <summary>A check this quick runs at once: waiting would cost the writer more than checking every keystroke.</summary>
    public static readonly TimeSpan Instant = TimeSpan.FromMilliseconds(40);

    /// <summary>The longest adaptive wait.</summary>
    public static readonly TimeSpan MaxDebounce = TimeSpan.FromMilliseconds(150);

    private readonly ConcurrentDictionary<string, TimeSpan> _lastCheck = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _oneCheckAtATime = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _editsAndPublication = new(1, 1);

    /// <summary>
    /// How long to wait after a keystroke in this draft. A fixed <c>debounceMs</c> from the client wins; otherwise it adapts
    /// to the draft: no wait while its checks take under <see cref="Instant"/>, else a quarter of the last check's time (at
    /// most <see cref="MaxDebounce"/>). Bursts are coalesced anyway: one check per draft runs at a time and a waiting check
    /// of a version already replaced is skipped, so a burst costs at most the check under way and one of the last version.
    /// </summary>
    public TimeSpan DebounceFor(string uri)
    {
        if (debounce is { } fixedDelay) return fixedDelay;
        if (!_lastCheck.TryGetValue(uri, out var last) || last < Instant) return TimeSpan.Zero;
        return last / 4 < MaxDebounce ? last / 4 : MaxDebounce;
    }

    /// <summary>
    /// The wait before checking an edit, pushed or pulled. With no check of the draft under way there is nothing to
    /// coalesce with, so waiting could only add latency: none (measured: the adaptive wait was ~16–25 ms of a 100 KB
    /// draft's median). While a check runs, the edit has to wait for it anyway, and <see cref="DebounceFor"/> lets a
    /// burst's keys pile up behind it.
    /// </summary>
    private TimeSpan DelayFor(string uri) =>
        debounce is null && !(_oneCheckAtATime.TryGetValue(uri, out var gate) && gate.CurrentCount == 0) ? TimeSpan.Zero : DebounceFor(uri);

    /// <summary>Runs a change to the open documents so that it never interleaves with a publication.</summary>
    public void Edit(Action change)
    {
        _editsAndPublication.Wait();
        try { change(); }
        finally { _editsAndPublication.Release(); }
    }

    public void Schedule(OpenDocument document, TimeSpan? delay = null)
    {
        var cancellation = new CancellationTokenSource();
        if (_pending.TryGetValue(document.Uri, out var older)) older.Cancel();
        _pending[document.Uri] = cancellation;
        // Off the RPC dispatch context: the check must not hold up the next incoming message.
        _ = Task.Run(() => RunAsync(document, delay ?? DelayFor(document.Uri), cancellation.Token));
    }

    /// <summary>
    /// Checks a version a client pulls diagnostics for, under the push policy: at once when no check of the draft runs,
    /// else after <see cref="DebounceFor"/> and behind the running check (one per draft at a time). A version already
    /// checked, or being checked, is answered from that check. Cancelling (the client pulls again after another edit)
    /// stops the wait; a check once started runs to its end, holding the draft's gate, and is shared with later requests.
    /// </summary>
    public async Task<AnalysedDraft> CheckPulledAsync(OpenDocument document, CancellationToken cancellation)
    {
        if (analysis.IsUnderWay(document)) return await analysis.AnalyseAsync(document).WaitAsync(cancellation).ConfigureAwait(false);
        var gate = GateOf(document.Uri);
        var delay = DelayFor(document.Uri);
        if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellation).ConfigureAwait(false);
        await gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var fresh = !analysis.IsUnderWay(document);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var analysed = await analysis.AnalyseAsync(document).ConfigureAwait(false);
            // Only a check this pull started says how long checks of this draft take (the adaptive debounce).
            if (fresh) _lastCheck[document.Uri] = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            return analysed;
        }
        finally { gate.Release(); }
    }

    private SemaphoreSlim GateOf(string uri) => _oneCheckAtATime.GetOrAdd(uri, _ => new SemaphoreSlim(1, 1));

    public void Cancel(string uri)
    {
        _lastCheck.TryRemove(uri, out _);
        if (_pending.TryRemove(uri, out var pending)) pending.Cancel();
    }

    private async Task RunAsync(OpenDocument document, TimeSpan delay, CancellationToken cancellation)
    {
        var gate = GateOf(document.Uri);
        LatencyTrace.Mark(document.Uri, document.Version, "run");
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellation).ConfigureAwait(false);
            await gate.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                if (!documents.IsCurrent(document)) return;
                LatencyTrace.Mark(document.Uri, document.Version, "gate");
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var analysed = await analysis.AnalyseAsync(document).ConfigureAwait(false);
                _lastCheck[document.Uri] = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                LatencyTrace.Mark(document.Uri, document.Version, "analysed");
                await _editsAndPublication.WaitAsync(cancellation).ConfigureAwait(false);
                try
                {
                    LatencyTrace.Mark(document.Uri, document.Version, "locked");
                    if (cancellation.IsCancellationRequested || !documents.IsCurrent(document) ||
                        analysed.Snapshot.Generation != analysis.Snapshot?.Generation) return;
                    await publish(analysed).ConfigureAwait(false);
                }
                finally { _editsAndPublication.Release(); }
            }
            finally { gate.Release(); }
        }
        catch (OperationCanceledException) { }
        catch (Exception ex)
        {
            await log.ErrorAsync($"FC9000: checking {document.Uri} (version {document.Version}) failed: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
        }
    }
}
