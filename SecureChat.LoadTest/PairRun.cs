using System.Net.WebSockets;

namespace SecureChat.LoadTest;

/// <summary>
/// One room: the first peer joins, then the second; both wait for PEER_FOUND. Then both directions run at once.
/// A failure on one side cancels the pair, so its partner does not wait out the overall timeout.
/// </summary>
internal sealed class PairRun : IDisposable
{
    private readonly int _index;
    private readonly string _room;
    private readonly RunTally _tally;

    public PairRun(int index, string room, LoadTestOptions options, RunTally tally)
    {
        _index = index;
        _room = room;
        _tally = tally;
        First = new PeerClient(index, 0, options, tally);
        Second = new PeerClient(index, 1, options, tally);
        First.Partner = Second;
        Second.Partner = First;
    }

    public PeerClient First { get; }

    public PeerClient Second { get; }

    /// <summary>Both peers joined and saw PEER_FOUND.</summary>
    public bool Ready { get; private set; }

    public async Task StartAsync(CancellationToken cancel)
    {
        try
        {
            // In order, so that which peer is "first" is the same for every relay.
            await First.JoinAsync(_room, cancel).ConfigureAwait(false);
            await Second.JoinAsync(_room, cancel).ConfigureAwait(false);
            var found = await Task.WhenAll(First.AwaitPeerFoundAsync(cancel), Second.AwaitPeerFoundAsync(cancel))
                .ConfigureAwait(false);
            Ready = found[0] && found[1];
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            _tally.TimeOut();
        }
        catch (Exception e) when (e is WebSocketException or IOException)
        {
            _tally.Error($"pair {_index}: joining failed: {e.Message}");
        }
    }

    public async Task ExchangeAsync(CancellationToken cancel)
    {
        using var pair = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        await Task.WhenAll(
            GuardAsync(First.SendAllAsync, pair, cancel),
            GuardAsync(First.ReceiveAllAsync, pair, cancel),
            GuardAsync(Second.SendAllAsync, pair, cancel),
            GuardAsync(Second.ReceiveAllAsync, pair, cancel)).ConfigureAwait(false);
    }

    public Task CloseAsync() => Task.WhenAll(First.CloseAsync(), Second.CloseAsync());

    public void Dispose()
    {
        First.Dispose();
        Second.Dispose();
    }

    private async Task GuardAsync(Func<CancellationToken, Task<bool>> work, CancellationTokenSource pair,
        CancellationToken overall)
    {
        var ok = false;
        try
        {
            ok = await work(pair.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (overall.IsCancellationRequested)
        {
            _tally.TimeOut();
        }
        catch (OperationCanceledException)
        {
            // The other side of this pair failed and cancelled it; that failure is already counted.
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            _tally.Error($"pair {_index}: {e.GetType().Name}: {e.Message}");
        }

        if (!ok)
        {
            await pair.CancelAsync().ConfigureAwait(false);
        }
    }
}
