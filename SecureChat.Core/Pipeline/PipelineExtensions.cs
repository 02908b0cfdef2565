using System.Reactive.Concurrency;
using System.Reactive.Linq;
using SecureChat.Protocol;

namespace SecureChat.Pipeline;

/// <summary>
/// The session's pipeline stages as Rx operators. Each checks its arguments here and hands off to a small
/// worker; every time-based stage takes an <see cref="IScheduler"/>.
/// </summary>
internal static class PipelineExtensions
{
    /// <summary>Inbound: raw text frames to decode results (a malformed frame is a value, not an error).</summary>
    public static IObservable<DecodeResult> DecodeFrames(this IObservable<string> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        return frames.Select(FrameCodec.Decode);
    }

    /// <summary>Inbound: raw text frames to v2 handshake messages, v2 chunks or legacy decode results (never an error).</summary>
    public static IObservable<InboundFrame> DecodeInbound(this IObservable<string> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        return frames.Select(InboundFrame.Decode);
    }

    /// <summary>Outbound: user lines checked against the message rules; refused lines carry their code.</summary>
    public static IObservable<OutboundLine> ValidateMessages(this IObservable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Select(static text => new OutboundLine(text, MessageRules.Check(text)));
    }

    /// <summary>Outbound: paces accepted lines through a token bucket on <paramref name="scheduler"/>.</summary>
    public static IObservable<OutboundLine> RateLimit(this IObservable<OutboundLine> lines, RateLimitOptions options, IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scheduler);
        return Pipeline.RateLimit.Apply(lines, options, scheduler);
    }
}
