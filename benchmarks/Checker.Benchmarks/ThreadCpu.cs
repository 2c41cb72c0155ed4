namespace Checker.Benchmarks;

/// <summary>This thread's CPU time from the kernel's scheduler clock (CLOCK_THREAD_CPUTIME_ID). Linux only.</summary>
internal static class ThreadCpu
{
    public static double Milliseconds()
    {
        const int threadCpuTimeClock = 3;
        if (ClockGetTime(threadCpuTimeClock, out var time) != 0) return double.NaN;
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
