using System.Diagnostics;

namespace SecureChat.LoadTest;

/// <summary>
/// Flow mode: all pairs connect and pair up first; the clock runs from the moment every pair has PEER_FOUND until
/// the last end marker arrives, so connection set-up is not counted as throughput.
/// </summary>
internal static class FlowRun
{
    public static async Task<FlowReport> RunAsync(LoadTestOptions options, CancellationToken cancel)
    {
        var tally = new RunTally();
        var rooms = RoomCodes.ForRun(options.RoomPrefix);
        var pairs = Enumerable.Range(0, options.Pairs)
            .Select(i => new PairRun(i, rooms.Code(i), options, tally))
            .ToList();
        try
        {
            await Task.WhenAll(pairs.Select(p => p.StartAsync(cancel))).ConfigureAwait(false);
            var start = Stopwatch.GetTimestamp();
            await Task.WhenAll(pairs.Where(p => p.Ready).Select(p => p.ExchangeAsync(cancel))).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(start);
            await Task.WhenAll(pairs.Select(p => p.CloseAsync())).ConfigureAwait(false);
            return Report(options, pairs, elapsed, tally);
        }
        finally
        {
            pairs.ForEach(p => p.Dispose());
        }
    }

    private static FlowReport Report(LoadTestOptions options, List<PairRun> pairs, TimeSpan elapsed, RunTally tally)
    {
        var peers = pairs.SelectMany(p => new[] { p.First, p.Second }).ToList();
        var delivered = peers.Sum(p => (long)p.Incoming.Received);
        var latencies = new long[delivered];
        var filled = 0;
        foreach (var peer in peers)
        {
            peer.LatencyTicks.CopyTo(latencies.AsSpan(filled));
            filled += peer.LatencyTicks.Length;
        }

        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        return new FlowReport
        {
            Label = options.Label,
            Url = options.Url.ToString(),
            Pairs = options.Pairs,
            Messages = options.Messages,
            Size = options.Size,
            Window = options.Window > 0 ? options.Window : null,
            DurationS = Math.Round(elapsed.TotalSeconds, 3),
            Delivered = delivered,
            FramesPerS = Math.Round(delivered / seconds, 1),
            MbPerS = Math.Round(delivered * (double)options.Size / 1e6 / seconds, 3),
            LatencyMs = LatencySummary.From(latencies),
            Lost = peers.Sum(p => (long)p.Incoming.Lost),
            Duplicated = peers.Sum(p => (long)p.Incoming.Duplicated),
            Reordered = peers.Sum(p => (long)p.Incoming.Reordered),
            Misrouted = tally.Misrouted + peers.Sum(p => (long)p.Incoming.OutOfRange),
            Errors = tally.Errors,
            TimedOut = tally.TimedOut,
            FirstError = tally.FirstError,
        };
    }
}
