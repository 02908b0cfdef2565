namespace SecureChat.Crypto.Hardened;

/// <summary>One opened data chunk: its kind and, for <see cref="ChannelMessageKind.Text"/>, the chat line.</summary>
/// <param name="Kind">What the peer sent.</param>
/// <param name="Text">The chat line; empty for every other kind.</param>
internal readonly record struct ChannelMessage(ChannelMessageKind Kind, string Text)
{
    /// <summary>The binary body of a file or pipe kind (after the kind byte, before the padding); empty otherwise.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>Whether <paramref name="kind"/> carries a binary body (the file and pipe extension).</summary>
    public static bool IsBinary(ChannelMessageKind kind) => kind is >= ChannelMessageKind.FileOffer and <= ChannelMessageKind.PipeAck;
}
