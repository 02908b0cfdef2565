using System.Diagnostics;

namespace SecureChat.Benchmarks;

/// <summary>
/// Splits <see cref="HandshakeBenchmarks.FullHandshake"/>'s time between the two sides: each side's stretches are
/// timed with <see cref="Stopwatch.GetTimestamp"/> inside the warm, back-to-back loop BenchmarkDotNet measures.
/// Readable after the run only because the jobs are in-process. Single-threaded, so plain adds suffice.
/// </summary>
internal static class SideClock
{
    private static long s_initiator;
    private static long s_responder;

    /// <summary>The initiator's share of all timed handshake work so far (warmup included; it is a ratio), or NaN.</summary>
    public static double InitiatorShare => s_initiator + s_responder == 0 ? double.NaN : (double)s_initiator / (s_initiator + s_responder);

    /// <summary>Charges the time since <paramref name="start"/> to the initiator and returns now.</summary>
    public static long Initiator(long start) => Charge(ref s_initiator, start);

    /// <summary>Charges the time since <paramref name="start"/> to the responder and returns now.</summary>
    public static long Responder(long start) => Charge(ref s_responder, start);

    private static long Charge(ref long total, long start)
    {
        var now = Stopwatch.GetTimestamp();
        total += now - start;
        return now;
    }
}
