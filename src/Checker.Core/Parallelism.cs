using System.Runtime.ExceptionServices;

namespace Checker.Core;

/// <summary>
/// How the engine spreads a long draft's work over the machine's cores: how many threads a job is worth, and doing its
/// pieces on that many at once (the calling thread being one of them).
/// </summary>
internal static class Parallelism
{
    /// <summary>
    /// Threads for <paramref name="items"/> items when each thread should have at least <paramref name="minItemsPerThread"/>:
    /// one per core (or <paramref name="maxThreads"/>, when given and positive), fewer for a short job, at least one.
    /// </summary>
    public static int Threads(int? maxThreads, int items, int minItemsPerThread)
    {
        var allowed = maxThreads is > 0 ? maxThreads.Value : Environment.ProcessorCount;
        return Math.Max(1, Math.Min(allowed, items / minItemsPerThread));
    }

    /// <summary>
    /// Does pieces 0 to <paramref name="pieces"/> - 1 of a job on <paramref name="threads"/> threads at once, this one
    /// among them, and returns when all are done. Each thread makes its own state once (<paramref name="threadState"/>)
    /// and takes the next piece as it comes free, in order, so a thread that starts late or is slowed by other work on
    /// the machine does fewer. An exception is rethrown as itself (the first, if several threads failed), not wrapped.
    /// </summary>
    public static void ForEachPiece<TState>(int threads, int pieces, Func<TState> threadState, Action<TState, int> piece)
    {
        var next = -1;
        Run(threads, () =>
        {
            var state = threadState();
            int taken;
            while ((taken = Interlocked.Increment(ref next)) < pieces) piece(state, taken);
        });
    }

    /// <summary>Runs <paramref name="work"/> on <paramref name="threads"/> threads at once, this one among them, and returns when every run has.</summary>
    private static void Run(int threads, Action work)
    {
        var others = new Task[threads - 1];
        for (var t = 0; t < others.Length; t++) others[t] = Task.Run(work);
        Exception? failure = null;
        try
        {
            work();
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        try
        {
            Task.WaitAll(others);
        }
        catch (AggregateException ex)
        {
            failure ??= ex.InnerExceptions[0];
        }
        if (failure is not null) ExceptionDispatchInfo.Capture(failure).Throw();
    }
}
