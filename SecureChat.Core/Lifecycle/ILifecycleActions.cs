using SecureChat.Crypto.Hardened;

namespace SecureChat.Lifecycle;

/// <summary>What the lifecycle asks the session to do on each transition. The machine decides; these act.</summary>
internal interface ILifecycleActions
{
    /// <summary>InputValidation: <see cref="ErrorCode.None"/> when the room (legacy) or the invite (hardened) is acceptable.</summary>
    ErrorCode CheckInput();

    /// <summary>Searching: open the relay connection and join the room.</summary>
    void ConnectAndJoin();

    /// <summary>UserFound: begin key setup. Legacy: send our public key. Hardened: the creator sends hs1; the joiner waits.</summary>
    void SendOwnKey();

    /// <summary>KeySetup entered: start the handshake timeout (hardened only).</summary>
    void StartHandshakeTimer();

    /// <summary>KeySetup left: cancel the handshake timeout.</summary>
    void StopHandshakeTimer();

    /// <summary>KeySetup (legacy): agree keys with the peer's public key; <see cref="ErrorCode.None"/> on success.</summary>
    ErrorCode AcceptPeerKey(byte[] peerPublicKey);

    /// <summary>KeySetup (hardened): process one handshake message and send the reply, if any.</summary>
    HandshakeStep ProcessHandshake(HandshakeMessage message);

    /// <summary>
    /// Connected: open a received payload (legacy) or chunk (hardened); <see cref="ErrorCode.None"/> when it was
    /// shown or was a keepalive, <see cref="ErrorCode.PeerLeft"/> for the peer's authenticated close.
    /// </summary>
    ErrorCode OpenMessage(byte[] payload);

    /// <summary>Connected: encrypt and send a line the pipeline accepted; <see cref="ErrorCode.None"/> when sent.</summary>
    ErrorCode SealAndSend(string text);

    /// <summary>Leaving Connected by a local quit: send the authenticated close (hardened only).</summary>
    void SendClose();

    /// <summary>Disconnected: close the relay connection.</summary>
    void Disconnect();

    /// <summary>SessionDestroyed: wipe every key, report the reason, complete every stream.</summary>
    void Destroy(ErrorCode reason, string message);

    /// <summary>Every state entered, in order.</summary>
    void StateEntered(SessionState state);
}
