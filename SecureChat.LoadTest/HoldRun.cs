using System.Diagnostics;
using System.Net.WebSockets;

namespace SecureChat.LoadTest;

/// <summary>
/// Hold mode: open N connections (a bounded number at a time), join them two by two into N/2 rooms, wait for every
/// PEER_FOUND, hold them idle, then count how many are still open and read the relay's memory.
/// </summary>
internal static class HoldRun
{
    private const int ConnectConcurrency = 100;
    private static readonly TimeSpan PairingGrace = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(10);

    public static async Task<HoldReport> RunAsync(LoadTestOptions options, CancellationToken cancel)
    {
        var tally = new RunTally();
        var rooms = RoomCodes.ForRun(options.RoomPrefix);
        var connections = Enumerable.Range(0, options.HoldConnections).Select(_ => new HoldConnection()).ToArray();
        var listeners = new Task[connections.Length];
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var (rssBefore, _) = RelayMemory.Read(options.RelayPid);
        var start = Stopwatch.GetTimestamp();
        var connected = 0;
        var paired = 0;
        var open = 0;
        var held = TimeSpan.Zero;
        TimeSpan setup;
        try
        {
            using (var gate = new SemaphoreSlim(ConnectConcurrency))
            {
                await Task.WhenAll(connections.Select(async (connection, i) =>
                {
                    listeners[i] = Task.CompletedTask;
                    if (await JoinAsync(connection, options.Url, rooms.Code(i / 2), gate, tally, cancel)
                            .ConfigureAwait(false))
                    {
                        Interlocked.Increment(ref connected);
                        listeners[i] = connection.ListenAsync(listening.Token);
                    }
                })).ConfigureAwait(false);
            }

            paired = await CountPairedAsync(connections, cancel).ConfigureAwait(false);
            setup = Stopwatch.GetElapsedTime(start);
            var holdStart = Stopwatch.GetTimestamp();
            await Task.Delay(options.HoldDuration, cancel).ConfigureAwait(false);
            held = Stopwatch.GetElapsedTime(holdStart);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            tally.TimeOut();
            setup = Stopwatch.GetElapsedTime(start);
        }

        open = connections.Count(c => c.IsOpen);
        var (rssAfter, peak) = RelayMemory.Read(options.RelayPid);
        foreach (var reason in connections.Select(c => c.EndReason).Where(r => r is not null).Take(1))
        {
            tally.Error($"a held connection ended: {reason}");
        }

        await CloseAllAsync(connections, listeners, listening).ConfigureAwait(false);
        return new HoldReport
        {
            Label = options.Label,
            Url = options.Url.ToString(),
            Connections = connections.Length,
            Connected = connected,
            Paired = paired,
            SetupS = Math.Round(setup.TotalSeconds, 3),
            HoldS = Math.Round(held.TotalSeconds, 3),
            OpenAfterHold = open,
            RelayPid = options.RelayPid,
            RelayRssKbBefore = rssBefore,
            RelayRssKbAfter = rssAfter,
            RelayHwmKb = peak,
            Errors = tally.Errors,
            TimedOut = tally.TimedOut,
            FirstError = tally.FirstError,
        };
    }

    private static async Task<bool> JoinAsync(HoldConnection connection, Uri url, string room, SemaphoreSlim gate,
        RunTally tally, CancellationToken cancel)
    {
        await gate.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            await connection.JoinAsync(url, room, cancel).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is WebSocketException or IOException)
        {
            tally.Error($"connect/join failed: {e.Message}");
            return false;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<int> CountPairedAsync(HoldConnection[] connections, CancellationToken cancel)
    {
        try
        {
            await Task.WhenAll(connections.Select(c => c.Paired)).WaitAsync(PairingGrace, cancel).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Some never saw PEER_FOUND (a partner failed to connect); count the ones that did.
        }

        return connections.Count(c => c.Paired is { IsCompletedSuccessfully: true, Result: true });
    }

    private static async Task CloseAllAsync(HoldConnection[] connections, Task[] listeners,
        CancellationTokenSource listening)
    {
        await Task.WhenAll(connections.Select(c => c.CloseOutputAsync())).ConfigureAwait(false);
        await Task.WhenAll(listeners.Where(l => l is not null)).WaitAsync(DrainGrace).ContinueWith(
            static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)
            .ConfigureAwait(false);
        await listening.CancelAsync().ConfigureAwait(false);
        foreach (var connection in connections)
        {
            connection.Dispose();
        }
    }
}
