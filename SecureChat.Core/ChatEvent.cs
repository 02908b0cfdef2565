namespace SecureChat;

/// <summary>Something a user interface should show. Every event of a session arrives on <c>ChatSession.Events</c>.</summary>
public abstract record ChatEvent;

/// <summary>The session moved to <paramref name="State"/>.</summary>
/// <param name="State">The new state.</param>
public sealed record StateChanged(SessionState State) : ChatEvent;

/// <summary>The relay paired us with a peer; the key exchange starts.</summary>
public sealed record PeerFound : ChatEvent;

/// <summary>Keys are agreed; messages can be sent.</summary>
/// <param name="SafetyNumber">
/// What both users compare over another channel; it is the same on both sides unless someone is in the middle.
/// <see cref="ProtocolMode.Legacy"/>: a 60-digit number derived from both public keys (a relay that swapped the
/// keys makes the two sides show different numbers). <see cref="ProtocolMode.Hardened"/>: the short authentication
/// string, three words (for example <c>"apple tiger canal"</c>); the handshake already proved both sides know the
/// invite's secret, so different words mean whoever knew the invite is in the middle.
/// </param>
public sealed record Connected(string SafetyNumber) : ChatEvent
{
    /// <summary>The protocol the keys were agreed with.</summary>
    public ProtocolMode Protocol { get; init; }
}

/// <summary>A message from the peer, authenticated and decrypted, with terminal control sequences removed.</summary>
/// <param name="Text">The message text, safe to print.</param>
/// <param name="ReceivedAt">When it was received, by the session's scheduler clock.</param>
public sealed record MessageReceived(string Text, DateTimeOffset ReceivedAt) : ChatEvent;

/// <summary>Our message was encrypted and handed to the relay connection.</summary>
/// <param name="Text">The message as sent.</param>
/// <param name="SentAt">When it left the rate limiter, by the session's scheduler clock.</param>
public sealed record MessageSent(string Text, DateTimeOffset SentAt) : ChatEvent;

/// <summary>Something was refused, but the session goes on (for example a message over the length limit).</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Message">What happened, in words; never contains secrets or message text.</param>
public sealed record Warning(ErrorCode Code, string Message) : ChatEvent;

/// <summary>The session ended and its keys were wiped. This is always the last event.</summary>
/// <param name="Reason">Why: <see cref="ErrorCode.LocalQuit"/> and <see cref="ErrorCode.PeerLeft"/> are ordinary endings.</param>
/// <param name="Message">What happened, in words; never contains secrets or message text.</param>
public sealed record Destroyed(ErrorCode Reason, string Message) : ChatEvent
{
    /// <summary>Whether the session ended normally (local quit or the peer leaving) rather than on a failure.</summary>
    public bool IsOrderly => Reason is ErrorCode.LocalQuit or ErrorCode.PeerLeft;
}
