using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;

namespace SecureChat.Transport;

/// <summary>
/// Two connected in-memory ends: what one sends, the other receives, delivered on a scheduler so tests with a
/// <c>TestScheduler</c> decide exactly when frames arrive. Closing either end reports the loss to the other.
/// </summary>
public sealed class InMemoryTransport : ITransport
{
    private readonly IScheduler _scheduler;
    private readonly Subject<string> _received = new();
    private readonly Subject<TransportClosed> _closed = new();
    private InMemoryTransport? _peer;
    private bool _open;
    private bool _closedReported;

    private InMemoryTransport(IScheduler scheduler) => _scheduler = scheduler;

    /// <summary>Creates two ends wired to each other.</summary>
    /// <param name="scheduler">Where deliveries run.</param>
    public static (InMemoryTransport Left, InMemoryTransport Right) CreatePair(IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var left = new InMemoryTransport(scheduler);
        var right = new InMemoryTransport(scheduler);
        left._peer = right;
        right._peer = left;
        return (left, right);
    }

    /// <summary>Every frame this end was sent by the other end, in order.</summary>
    public IObservable<string> MessageReceived => _received.AsObservable();

    /// <inheritdoc />
    public IObservable<TransportClosed> DisconnectionHappened => _closed.AsObservable();

    /// <summary>Whether <see cref="ConnectAsync"/> was called and the end is not closed.</summary>
    public bool IsOpen => _open;

    /// <inheritdoc />
    public Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        _open = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Send(string frame)
    {
        var peer = _peer;
        if (_open && peer is not null)
        {
            _scheduler.Schedule(() => peer.Deliver(frame));
        }
    }

    /// <inheritdoc />
    public Task CloseAsync()
    {
        Close(closedLocally: true);
        return Task.CompletedTask;
    }

    /// <summary>Simulates the connection dropping: both ends see it as lost.</summary>
    public void Drop()
    {
        Close(closedLocally: false);
    }

    /// <inheritdoc />
    public void Dispose() => Close(closedLocally: true);

    private void Deliver(string frame)
    {
        if (_open)
        {
            _received.OnNext(frame);
        }
    }

    private void Close(bool closedLocally)
    {
        if (_closedReported)
        {
            return;
        }

        _open = false;
        _closedReported = true;
        _closed.OnNext(new TransportClosed(closedLocally ? "closed by this side" : "the connection was lost", closedLocally));
        var peer = _peer;
        if (peer is not null && !peer._closedReported)
        {
            _scheduler.Schedule(() => peer.Close(closedLocally: false));
        }
    }
}
