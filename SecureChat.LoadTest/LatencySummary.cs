using System.Diagnostics;

namespace SecureChat.LoadTest;

/// <summary>Send-to-arrival times in milliseconds, nearest-rank percentiles.</summary>
internal sealed record LatencySummary(double P50, double P90, double P99, double Max)
{
    public static LatencySummary From(long[] ticks)
    {
        if (ticks.Length == 0)
        {
            return new LatencySummary(0, 0, 0, 0);
        }

        Array.Sort(ticks);
        return new LatencySummary(At(ticks, 0.50), At(ticks, 0.90), At(ticks, 0.99), Ms(ticks[^1]));
    }

    private static double At(long[] sorted, double quantile) =>
        Ms(sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)]);

    private static double Ms(long ticks) => Math.Round(ticks * 1000.0 / Stopwatch.Frequency, 3);
}
