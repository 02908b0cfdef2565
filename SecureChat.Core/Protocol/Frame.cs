namespace SecureChat.Protocol;

/// <summary>One protocol frame, decoded and validated. The wire form is JSON (see <see cref="FrameCodec"/>).</summary>
internal abstract record Frame;

/// <summary><c>{"type":"JOIN","room":…}</c>: client to relay.</summary>
internal sealed record JoinFrame(string Room) : Frame;

/// <summary><c>{"type":"PEER_FOUND"}</c>: relay to both clients when the second one joins.</summary>
internal sealed record PeerFoundFrame : Frame
{
    public static PeerFoundFrame Instance { get; } = new();
}

/// <summary><c>{"type":"PEER_LEFT"}</c>: relay to the remaining client.</summary>
internal sealed record PeerLeftFrame : Frame
{
    public static PeerLeftFrame Instance { get; } = new();
}

/// <summary><c>{"type":"ERROR","code":…,"message":…}</c>: relay to client before it closes the connection.</summary>
internal sealed record ErrorFrame(int Code, string Message) : Frame;

/// <summary><c>{"type":"SIGNAL","kind":"KEY_EXCHANGE","key":…}</c>: a peer's 32-byte X25519 public key.</summary>
internal sealed record KeyExchangeFrame(byte[] PublicKey) : Frame;

/// <summary><c>{"type":"SIGNAL","kind":"MSG","payload":…}</c>: <c>nonce || MAC || ciphertext</c>.</summary>
internal sealed record MessageFrame(byte[] Payload) : Frame;
