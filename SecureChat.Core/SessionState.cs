namespace SecureChat;

/// <summary>The lifecycle states of a <c>ChatSession</c>, exactly as the specification lists them.</summary>
public enum SessionState
{
    /// <summary>Created, not started.</summary>
    Init,

    /// <summary>Checking the room code.</summary>
    InputValidation,

    /// <summary>Connected to the relay, waiting for a peer in the room.</summary>
    Searching,

    /// <summary>The relay paired us with a peer.</summary>
    UserFound,

    /// <summary>Our public key is sent; waiting for the peer's.</summary>
    KeySetup,

    /// <summary>Keys agreed; messages flow end-to-end encrypted.</summary>
    Connected,

    /// <summary>The session is ending: the relay connection is being closed.</summary>
    Disconnected,

    /// <summary>Keys wiped, streams completed. Final.</summary>
    SessionDestroyed,
}
