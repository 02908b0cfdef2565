namespace SecureChat.Relay;

/// <summary>What <see cref="FrameReader.ReadAsync"/> found on the socket.</summary>
internal enum InboundKind
{
    /// <summary>A complete text message, in <see cref="FrameReader.Payload"/>.</summary>
    Text,

    /// <summary>A binary message; its contents were not read.</summary>
    Binary,

    /// <summary>A text message over the size limit; reading stopped at the limit.</summary>
    TooLarge,

    /// <summary>The client's close frame.</summary>
    Close,
}
