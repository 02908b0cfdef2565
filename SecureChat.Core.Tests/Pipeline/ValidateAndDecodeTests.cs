using System.Reactive.Linq;
using Microsoft.Reactive.Testing;
using SecureChat.Pipeline;
using SecureChat.Protocol;

namespace SecureChat.Core.Tests.Pipeline;

public sealed class ValidateAndDecodeTests : ReactiveTest
{
    [Fact]
    public void ValidateMessages_InvalidInput_TravelsAsRefusedValue()
    {
        var scheduler = new TestScheduler();
        var tooLong = new string('x', MessageRules.MaxCharacters + 1);
        var lines = scheduler.CreateHotObservable(
            OnNext(210, "hello"), OnNext(220, "   "), OnNext(230, tooLong), OnNext(240, "bye"), OnCompleted<string>(300));

        var res = scheduler.Start(() => lines.ValidateMessages());

        res.Messages.AssertEqual(
            OnNext(210, OutboundLine.Accepted("hello")),
            OnNext(220, new OutboundLine("   ", ErrorCode.MessageEmpty)),
            OnNext(230, new OutboundLine(tooLong, ErrorCode.MessageTooLong)),
            OnNext(240, OutboundLine.Accepted("bye")),
            OnCompleted<OutboundLine>(300));
        lines.Subscriptions.AssertEqual(Subscribe(200, 300));
    }

    [Fact]
    public void ValidateThenRateLimit_InvalidInput_IsDroppedFromSendingButStreamGoesOn()
    {
        var scheduler = new TestScheduler();
        var lines = scheduler.CreateHotObservable(OnNext(210, ""), OnNext(220, "ok"));

        var res = scheduler.Start(() => lines.ValidateMessages().RateLimit(new RateLimitOptions(), scheduler).Where(l => l.IsAccepted));

        res.Messages.AssertEqual(OnNext(220, OutboundLine.Accepted("ok")));
    }

    [Fact]
    public void DecodeFrames_MalformedFrame_TravelsAsFailureValue()
    {
        var scheduler = new TestScheduler();
        var frames = scheduler.CreateHotObservable(
            OnNext(210, "{\"type\":\"PEER_FOUND\"}"), OnNext(220, "not json"), OnNext(230, "{\"type\":\"PEER_LEFT\"}"));

        var res = scheduler.Start(() => frames.DecodeFrames());

        res.Messages.AssertEqual(
            OnNext(210, DecodeResult.Success(PeerFoundFrame.Instance)),
            OnNext(220, DecodeResult.Failure(ErrorCode.MalformedJson)),
            OnNext(230, DecodeResult.Success(PeerLeftFrame.Instance)));
    }
}
