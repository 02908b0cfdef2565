namespace SecureChat.Crypto.Hardened;

/// <summary>The first plaintext byte of every v2 data chunk (design §6.4).</summary>
internal enum ChannelMessageKind : byte
{
    /// <summary>A chat line (UTF-8 follows); sent with ChunkFlag.Rekey.</summary>
    Text = 1,

    /// <summary>An empty liveness chunk, so silent drops surface; sent with ChunkFlag.Rekey.</summary>
    Keepalive = 2,

    /// <summary>The authenticated end of the stream; sent with ChunkFlag.Final.</summary>
    Close = 3,
}
