namespace SecureChat.Pipeline;

/// <summary>
/// A line the user asked to send, travelling down the outbound pipeline. A refused line keeps travelling as a
/// value (with its <see cref="Refusal"/>) so the stream never ends on bad input and the UI can say why.
/// </summary>
internal readonly record struct OutboundLine(string Text, ErrorCode Refusal)
{
    public bool IsAccepted => Refusal == ErrorCode.None;

    public static OutboundLine Accepted(string text) => new(text, ErrorCode.None);

    public OutboundLine Refuse(ErrorCode code) => this with { Refusal = code };
}
