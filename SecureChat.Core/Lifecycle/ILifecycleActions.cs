namespace SecureChat.Lifecycle;

/// <summary>What the lifecycle asks the session to do on each transition. The machine decides; these act.</summary>
internal interface ILifecycleActions
{
    /// <summary>InputValidation: whether the room code is acceptable.</summary>
    bool IsRoomValid();

    /// <summary>Searching: open the relay connection and join the room.</summary>
    void ConnectAndJoin();

    /// <summary>UserFound: generate the ephemeral key pair and send the public key.</summary>
    void SendOwnKey();

    /// <summary>KeySetup: agree keys with the peer's public key; <see cref="ErrorCode.None"/> on success.</summary>
    ErrorCode AcceptPeerKey(byte[] peerPublicKey);

    /// <summary>Connected: open a received payload; <see cref="ErrorCode.None"/> when it was shown.</summary>
    ErrorCode OpenMessage(byte[] payload);

    /// <summary>Connected: encrypt and send a line the pipeline accepted.</summary>
    void SealAndSend(string text);

    /// <summary>Disconnected: close the relay connection.</summary>
    void Disconnect();

    /// <summary>SessionDestroyed: wipe every key, report the reason, complete every stream.</summary>
    void Destroy(ErrorCode reason, string message);

    /// <summary>Every state entered, in order.</summary>
    void StateEntered(SessionState state);
}
