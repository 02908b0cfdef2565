namespace SecureChat.Lifecycle;

// The words for each code the lifecycle ends a session with.
internal sealed partial class SessionLifecycle
{
    internal static string Describe(ErrorCode code) => code switch
    {
        ErrorCode.DuplicateKeyExchange => "The peer sent a second key exchange.",
        ErrorCode.UnexpectedFrame => "A frame arrived that the session state does not allow.",
        ErrorCode.WeakPublicKey => "The peer's public key is weak (low order); refusing it.",
        ErrorCode.DecryptionFailed => "A message failed authentication: it was altered or forged (hardened: or replayed, reordered, or one before it was dropped).",
        ErrorCode.ReplayDetected => "A message was replayed or reflected back.",
        ErrorCode.InvalidPeerMessage => "The peer sent a message that breaks the message rules.",
        ErrorCode.InvalidPayloadLength => "The peer sent a payload too short to be a message.",
        ErrorCode.InvalidRoom => "The room code must be 8 to 16 characters A-Z and 0-9.",
        ErrorCode.MissingInvite => "Hardened mode needs an invite (ChatSessionOptions.Invite), and none was given or it was disposed.",
        ErrorCode.HandshakeTimeout => "The peer did not complete the handshake in time.",
        ErrorCode.PeerLeft => "The peer ended the session (authenticated close).",
        ErrorCode.Truncated => "The peer left without the authenticated close: messages may be missing.",
        ErrorCode.DowngradeRefused => "A frame of the other protocol arrived; refusing the downgrade.",
        _ => code.ToString(),
    };
}
