namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The first plaintext byte of every v2 data chunk (design §6.4). Kinds 4–13 are the file and pipe extension
/// (docs/protocol.md, "Files and pipe"): binary bodies, all sent with ChunkFlag.Rekey like text.
/// </summary>
internal enum ChannelMessageKind : byte
{
    /// <summary>A chat line (UTF-8 follows); sent with ChunkFlag.Rekey.</summary>
    Text = 1,

    /// <summary>An empty liveness chunk, so silent drops surface; sent with ChunkFlag.Rekey.</summary>
    Keepalive = 2,

    /// <summary>The authenticated end of the stream; sent with ChunkFlag.Final.</summary>
    Close = 3,

    /// <summary>id(16) ‖ size(u64 BE) ‖ name (UTF-8, 1–255 bytes): the sender proposes a file.</summary>
    FileOffer = 4,

    /// <summary>id(16): the receiver wants the offered file; chunks may flow.</summary>
    FileAccept = 5,

    /// <summary>id(16): the receiver does not want it.</summary>
    FileDecline = 6,

    /// <summary>id(16) ‖ data (1–<c>TransferBody.MaxData</c> bytes), padded to the 16384 bucket.</summary>
    FileChunk = 7,

    /// <summary>id(16) ‖ SHA-256(32) of every byte sent: the sender has sent all of it.</summary>
    FileEnd = 8,

    /// <summary>id(16) ‖ chunks received so far (u64 BE, cumulative): flow control from the receiver.</summary>
    FileAck = 9,

    /// <summary>id(16) ‖ reason (u16 BE ErrorCode): either side stops the transfer.</summary>
    FileCancel = 10,

    /// <summary>id(16): the receiver verified the whole file's hash.</summary>
    FileReceived = 11,

    /// <summary>data (1–<c>TransferBody.MaxData</c> bytes), padded to the 16384 bucket: the next bytes of our pipe direction.</summary>
    PipeData = 12,

    /// <summary>Empty: the authenticated end of our pipe direction.</summary>
    PipeEnd = 13,

    /// <summary>Pipe chunks received so far (u64 BE, cumulative): flow control from the receiver.</summary>
    PipeAck = 14,
}
