namespace SecureChat.Crypto.Hardened;

/// <summary>One opened data chunk: its kind and, for <see cref="ChannelMessageKind.Text"/>, the chat line.</summary>
/// <param name="Kind">What the peer sent.</param>
/// <param name="Text">The chat line; empty for keepalive and close.</param>
internal readonly record struct ChannelMessage(ChannelMessageKind Kind, string Text);
