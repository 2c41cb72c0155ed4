using System.Runtime.ExceptionServices;

namespace Checker.Core;

/// <summary>
/// How the engine spreads a long draft's work over the machine's cores: how many threads a job is worth, and running
/// one piece of work on that many at once (the calling thread being one of them).
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
    /// Runs <paramref name="work"/> on <paramref name="threads"/> threads at once, this one among them, and returns when
    /// every run has. Work is expected to take its pieces from a shared counter, so a thread that starts late finds less
    /// to do. An exception is rethrown as itself (the first one, if several threads failed), not wrapped.
    /// </summary>
    public static void Run(int threads, Action work)
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
