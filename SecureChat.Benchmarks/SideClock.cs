using System.Runtime.InteropServices;

namespace SecureChat.Benchmarks;

/// <summary>
/// Per-side CPU time inside <see cref="HandshakeBenchmarks.FullHandshake"/>: each stretch of one side's work is
/// charged to that side from the thread CPU clock (CLOCK_THREAD_CPUTIME_ID), which, unlike wall time, does not
/// grow while other engineers' builds hold the core. The first <see cref="SkippedHandshakes"/> handshakes (JIT,
/// tiering) are not counted. Readable after the run only because the jobs are in-process; single-threaded.
/// </summary>
internal static partial class SideClock
{
    /// <summary>Handshakes left uncounted at the start; BenchmarkDotNet's pilot and warmup stages run far more.</summary>
    public const int SkippedHandshakes = 500;

    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID on Linux
    private static long s_initiator;
    private static long s_responder;
    private static long s_started;

    /// <summary>Handshakes counted.</summary>
    public static long Count => Math.Max(0, s_started - SkippedHandshakes);

    /// <summary>Mean initiator CPU time per counted handshake, in nanoseconds (NaN when none was counted).</summary>
    public static double InitiatorNanoseconds => Count == 0 ? double.NaN : (double)s_initiator / Count;

    /// <summary>Mean responder CPU time per counted handshake, in nanoseconds (NaN when none was counted).</summary>
    public static double ResponderNanoseconds => Count == 0 ? double.NaN : (double)s_responder / Count;

    /// <summary>Marks a handshake's start and returns the thread CPU clock.</summary>
    public static long Start()
    {
        s_started++;
        return Now();
    }

    /// <summary>Charges the CPU time since <paramref name="start"/> to the initiator and returns the clock.</summary>
    public static long Initiator(long start) => Charge(ref s_initiator, start);

    /// <summary>Charges the CPU time since <paramref name="start"/> to the responder and returns the clock.</summary>
    public static long Responder(long start) => Charge(ref s_responder, start);

    private static long Charge(ref long total, long start)
    {
        var now = Now();
        if (s_started > SkippedHandshakes)
        {
            total += now - start;
        }

        return now;
    }

    private static long Now()
    {
        if (clock_gettime(ClockThreadCpuTime, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
