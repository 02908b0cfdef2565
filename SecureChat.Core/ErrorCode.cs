namespace SecureChat;

/// <summary>
/// Stable numeric codes for everything that can go wrong, on the wire (<c>ERROR{code,message}</c>) and in
/// <see cref="Destroyed"/> and <see cref="Warning"/> events. Values never change meaning once released.
/// </summary>
/// <remarks>
/// 1xxx: a frame could not be decoded. 2xxx: the relay refused something. 3xxx: a session was ended.
/// 4xxx: local input was refused, or one file transfer ended early (the session goes on).
/// </remarks>
public enum ErrorCode
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The frame is not valid JSON, not a JSON object, or a field has the wrong JSON type.</summary>
    MalformedJson = 1001,

    /// <summary>The frame's <c>type</c> is not one this protocol knows.</summary>
    UnknownType = 1002,

    /// <summary>A <c>SIGNAL</c> frame's <c>kind</c> is not one this protocol knows.</summary>
    UnknownKind = 1003,

    /// <summary>A field the frame type requires is absent or empty.</summary>
    MissingField = 1004,

    /// <summary>A binary field is not valid base64.</summary>
    InvalidBase64 = 1005,

    /// <summary>A public key does not have the required length.</summary>
    InvalidKeyLength = 1006,

    /// <summary>The frame is larger than the protocol allows.</summary>
    FrameTooLarge = 1007,

    /// <summary>The room code does not match <c>^[A-Z0-9]{8,16}$</c>.</summary>
    InvalidRoom = 1008,

    /// <summary>The frame carries a field that its type does not define.</summary>
    UnexpectedField = 1009,

    /// <summary>An encrypted payload is shorter than a nonce and an authentication tag.</summary>
    InvalidPayloadLength = 1010,

    /// <summary>The frame is not a text frame (binary WebSocket message).</summary>
    NotText = 1011,

    /// <summary>The room already holds two peers.</summary>
    RoomFull = 2001,

    /// <summary>The connection sent a second <c>JOIN</c>.</summary>
    AlreadyJoined = 2002,

    /// <summary>A <c>SIGNAL</c> arrived before a peer was in the room.</summary>
    NoPeer = 2003,

    /// <summary>A frame other than <c>JOIN</c> arrived before the connection joined a room.</summary>
    NotJoined = 2004,

    /// <summary>The client sent a frame type that only the relay may send.</summary>
    ForbiddenType = 2005,

    /// <summary>The relay is shutting down or cannot serve the request now.</summary>
    Unavailable = 2006,

    /// <summary>The connection sent frames faster than the relay's per-connection rate limit allows.</summary>
    FrameRateExceeded = 2007,

    /// <summary>Too many connections are open from the client's network address.</summary>
    TooManyConnections = 2008,

    /// <summary>The connection did not send <c>JOIN</c> within the relay's time limit.</summary>
    JoinTimeout = 2009,

    /// <summary>The room waited alone for a second peer longer than the relay keeps rooms.</summary>
    RoomExpired = 2010,

    /// <summary>The relay holds as many rooms as it allows: no new room can be opened now.</summary>
    RelayFull = 2011,

    /// <summary>
    /// The relay lost the backplane (Redis) that lets its instances share rooms: it takes no new joins, and a pair
    /// whose peers sit on different instances is ended.
    /// </summary>
    BackplaneUnavailable = 2012,

    /// <summary>A frame arrived that the current session state does not allow.</summary>
    UnexpectedFrame = 3001,

    /// <summary>The peer sent a second key exchange.</summary>
    DuplicateKeyExchange = 3002,

    /// <summary>A message failed authentication: it was tampered with, forged or not for this session.</summary>
    DecryptionFailed = 3003,

    /// <summary>The peer's public key is a low-order point, which would give a predictable shared key.</summary>
    WeakPublicKey = 3004,

    /// <summary>The connection to the relay was lost.</summary>
    TransportLost = 3005,

    /// <summary>The peer left the room.</summary>
    PeerLeft = 3006,

    /// <summary>The relay reported an error and the session cannot go on.</summary>
    RelayError = 3007,

    /// <summary>The local user ended the session.</summary>
    LocalQuit = 3008,

    /// <summary>A message was received twice (same nonce), or our own message was reflected back.</summary>
    ReplayDetected = 3009,

    /// <summary>The relay could not be reached, or its TLS certificate was refused (the message says why).</summary>
    ConnectFailed = 3010,

    /// <summary>A decrypted message broke the message rules (not UTF-8, empty, or too long).</summary>
    InvalidPeerMessage = 3011,

    /// <summary>The hardened handshake failed: the invite code was wrong on one side, or the relay tried to intercept.</summary>
    HandshakeFailed = 3012,

    /// <summary>The hardened handshake did not finish within <c>ChatSessionOptions.HandshakeTimeout</c>.</summary>
    HandshakeTimeout = 3013,

    /// <summary>The peer or the connection went away without the authenticated close: messages may be missing.</summary>
    Truncated = 3014,

    /// <summary>A frame of the other protocol arrived (legacy while hardened, or hardened while legacy).</summary>
    DowngradeRefused = 3015,

    /// <summary>Hardened mode needs a <c>RoomInvite</c> in <c>ChatSessionOptions.Invite</c>, and none (or a disposed one) was given.</summary>
    MissingInvite = 3016,

    /// <summary>
    /// The peer broke the file-transfer protocol: a chunk for an unknown, unaccepted or finished transfer, more bytes
    /// than it offered, an end before all of them, chunks beyond the flow-control window, an acknowledgement of more
    /// than was sent, a reused transfer id, or a malformed file message body.
    /// </summary>
    FileProtocolViolation = 3017,

    /// <summary>
    /// The peer broke the pipe protocol: data after its pipe end, a second end, chunks beyond the flow-control
    /// window, an acknowledgement of more than was sent, or a malformed pipe message body.
    /// </summary>
    PipeProtocolViolation = 3018,

    /// <summary>The message is empty.</summary>
    MessageEmpty = 4001,

    /// <summary>The message is longer than the allowed number of characters.</summary>
    MessageTooLong = 4002,

    /// <summary>Too many messages too fast: the message was dropped by the rate limiter.</summary>
    RateLimited = 4003,

    /// <summary>The session is not connected, so nothing can be sent.</summary>
    NotConnected = 4004,

    /// <summary>A file transfer was cancelled by one side (the session goes on).</summary>
    TransferCancelled = 4005,

    /// <summary>
    /// The received file's SHA-256 differs from the one the sender computed: the transfer was cancelled and its data
    /// must be discarded (the session goes on).
    /// </summary>
    FileHashMismatch = 4006,

    /// <summary>An offered file is larger than <c>ChatSessionOptions.MaxIncomingFileBytes</c>: declined automatically.</summary>
    FileTooLarge = 4007,

    /// <summary>
    /// A file transfer stopped because a local stream failed: the source could not be read or ended before its
    /// declared size, or the destination could not be written (the session goes on).
    /// </summary>
    TransferFailed = 4008,
}
