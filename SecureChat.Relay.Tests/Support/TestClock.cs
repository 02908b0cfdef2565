using Microsoft.Extensions.Time.Testing;

namespace SecureChat.Relay.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells when the relay has started a timer of a given length. A test moves
/// time only once the timer it means to fire exists, so it never races the relay, and never waits for real time.
/// </summary>
internal sealed class TestClock : TimeProvider
{
    private readonly FakeTimeProvider _fake = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly Lock _gate = new();
    private readonly Dictionary<TimeSpan, int> _created = [];
    private readonly List<(TimeSpan DueTime, int Count, TaskCompletionSource Reached)> _waiters = [];

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _fake.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource> reached = [];
        lock (_gate)
        {
            var count = _created[dueTime] = _created.GetValueOrDefault(dueTime) + 1;
            foreach (var waiter in _waiters.Where(waiter => waiter.DueTime == dueTime && waiter.Count <= count).ToList())
            {
                _waiters.Remove(waiter);
                reached.Add(waiter.Reached);
            }
        }

        reached.ForEach(done => done.TrySetResult());
        return timer;
    }

    /// <summary>Moves time forward, firing every timer that falls due, on this thread.</summary>
    public void Advance(TimeSpan delta) => _fake.Advance(delta);

    /// <summary>Completes once <paramref name="count"/> timers of length <paramref name="dueTime"/> were created.</summary>
    public async Task TimersStartedAsync(TimeSpan dueTime, int count = 1)
    {
        TaskCompletionSource reached;
        lock (_gate)
        {
            if (_created.GetValueOrDefault(dueTime) >= count)
            {
                return;
            }

            reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((dueTime, count, reached));
        }

        await reached.Task.WaitAsync(RelayClient.Patience);
    }
}
