using System.Diagnostics;
using SecureChat.Relay.Tests.Support;
using Xunit.Abstractions;

namespace SecureChat.Relay.Tests;

/// <summary>
/// Many rooms at once across two instances: every frame arrives once, in order, at its own partner only. Frames name
/// their room and sequence number, so a lost, doubled, reordered or misrouted one fails the exact comparison.
/// </summary>
public sealed class BackplaneLoadTests(ITestOutputHelper output) : BackplaneTest
{
    private const int Pairs = 100;
    private const int FramesEachWay = 200;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Backplane_HundredPairsAcrossTwoInstances_EveryFrameOnceInOrderToItsPartner()
    {
        var pairs = new List<(RelayClient A, RelayClient B)>();
        for (var i = 0; i < Pairs; i++)
        {
            // Every fourth pair sits on one instance, the rest straddle both, in both directions.
            var (first, second) = (i % 4) switch
            {
                0 => (One, One),
                1 or 3 => (One, Two),
                _ => (Two, One),
            };
            pairs.Add(await PairAsync(first.WebSocketUri, second.WebSocketUri));
        }

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(pairs.SelectMany((pair, i) => new[]
        {
            SendNumberedAsync(pair.A, $"a{i}", FramesEachWay),
            SendNumberedAsync(pair.B, $"b{i}", FramesEachWay),
            ExpectNumberedAsync(pair.B, $"a{i}", FramesEachWay),
            ExpectNumberedAsync(pair.A, $"b{i}", FramesEachWay),
        })).WaitAsync(Bound);
        clock.Stop();

        var frames = 2 * Pairs * FramesEachWay;
        output.WriteLine($"{Pairs} pairs, {frames} frames in {clock.Elapsed.TotalSeconds:F2} s " +
            $"({frames / clock.Elapsed.TotalSeconds:F0} frames/s)");
        var forwarded = (await One.ScrapeAsync()).Value("securechat_relay_frames_forwarded_total")
            + (await Two.ScrapeAsync()).Value("securechat_relay_frames_forwarded_total");
        Assert.Equal(frames, forwarded);
    }
}
