using Microsoft.Reactive.Testing;
using SecureChat.Pipeline;

namespace SecureChat.Core.Tests.Pipeline;

public sealed class RateLimitTests : ReactiveTest
{
    // One token per 100 ticks, two in the bucket: integer tick arithmetic makes the schedule exact.
    private static readonly RateLimitOptions TwoPer100Ticks = new(Capacity: 2, TokensPerSecond: 100_000, MaxQueued: 5);

    private static OutboundLine Ok(string text) => OutboundLine.Accepted(text);

    [Fact]
    public void RateLimit_Burst_SpreadsToBucketRate()
    {
        var scheduler = new TestScheduler();
        var lines = scheduler.CreateHotObservable(
            OnNext(210, Ok("a")), OnNext(220, Ok("b")), OnNext(230, Ok("c")), OnNext(240, Ok("d")), OnCompleted<OutboundLine>(400));

        var res = scheduler.Start(() => lines.RateLimit(TwoPer100Ticks, scheduler));

        res.Messages.AssertEqual(
            OnNext(210, Ok("a")),
            OnNext(220, Ok("b")),
            OnNext(310, Ok("c")),
            OnNext(410, Ok("d")),
            OnCompleted<OutboundLine>(410));
        // The source stays subscribed until the queued line leaves and the output completes.
        lines.Subscriptions.AssertEqual(Subscribe(200, 410));
    }

    [Fact]
    public void RateLimit_QueueFull_RefusesWithRateLimited()
    {
        var scheduler = new TestScheduler();
        var options = TwoPer100Ticks with { Capacity = 1, MaxQueued = 1 };
        var lines = scheduler.CreateHotObservable(OnNext(210, Ok("a")), OnNext(220, Ok("b")), OnNext(230, Ok("c")));

        var res = scheduler.Start(() => lines.RateLimit(options, scheduler));

        res.Messages.AssertEqual(
            OnNext(210, Ok("a")),
            OnNext(230, Ok("c").Refuse(ErrorCode.RateLimited)),
            OnNext(310, Ok("b")));
    }

    [Fact]
    public void RateLimit_RefusedLine_PassesThroughWithoutToken()
    {
        var scheduler = new TestScheduler();
        var options = TwoPer100Ticks with { Capacity = 1 };
        var refused = new OutboundLine("", ErrorCode.MessageEmpty);
        var lines = scheduler.CreateHotObservable(OnNext(210, refused), OnNext(220, Ok("a")));

        var res = scheduler.Start(() => lines.RateLimit(options, scheduler));

        res.Messages.AssertEqual(OnNext(210, refused), OnNext(220, Ok("a")));
    }

    [Fact]
    public void RateLimit_QuietSpell_RefillsToCapacityOnly()
    {
        var scheduler = new TestScheduler();
        var lines = scheduler.CreateHotObservable(
            OnNext(800, Ok("a")), OnNext(801, Ok("b")), OnNext(802, Ok("c")));

        var res = scheduler.Start(() => lines.RateLimit(TwoPer100Ticks, scheduler));

        // 600 quiet ticks earn 6 tokens, but the bucket holds 2: the third line waits for a fresh token.
        res.Messages.AssertEqual(OnNext(800, Ok("a")), OnNext(801, Ok("b")), OnNext(900, Ok("c")));
    }

    [Fact]
    public void RateLimit_Disposed_CancelsPendingDrain()
    {
        var scheduler = new TestScheduler();
        var lines = scheduler.CreateHotObservable(
            OnNext(210, Ok("a")), OnNext(211, Ok("b")), OnNext(212, Ok("c")));

        var res = scheduler.Start(() => lines.RateLimit(TwoPer100Ticks, scheduler), created: 100, subscribed: 200, disposed: 250);

        res.Messages.AssertEqual(OnNext(210, Ok("a")), OnNext(211, Ok("b")));
        lines.Subscriptions.AssertEqual(Subscribe(200, 250));
    }

    [Fact]
    public void RateLimit_SourceError_IsForwarded()
    {
        var scheduler = new TestScheduler();
        var boom = new InvalidOperationException("bug");
        var lines = scheduler.CreateHotObservable(OnNext(210, Ok("a")), OnError<OutboundLine>(220, boom));

        var res = scheduler.Start(() => lines.RateLimit(TwoPer100Ticks, scheduler));

        res.Messages.AssertEqual(OnNext(210, Ok("a")), OnError<OutboundLine>(220, boom));
        lines.Subscriptions.AssertEqual(Subscribe(200, 220));
    }
}
