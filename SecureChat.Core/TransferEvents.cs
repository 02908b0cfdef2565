namespace SecureChat;

/// <summary>
/// The peer offers a file. Nothing is written until <c>ChatSession.AcceptFile</c>; <c>ChatSession.DeclineFile</c>
/// refuses it. Offers over <see cref="ChatSessionOptions.MaxIncomingFileBytes"/> never arrive as this event: they
/// are declined automatically with a <see cref="Warning"/>.
/// </summary>
/// <param name="Id">The transfer, for accepting, declining or cancelling it.</param>
/// <param name="Name">The offered name after <c>FileNames.SanitizeBaseName</c>: a safe base name, never a path.</param>
/// <param name="Size">The exact size in bytes the sender promised; more is a protocol violation.</param>
public sealed record FileOffered(FileTransferId Id, string Name, long Size) : ChatEvent;

/// <summary>Bytes moved. Incoming: written to the destination. Outgoing: acknowledged by the receiver.</summary>
/// <param name="Id">The transfer.</param>
/// <param name="Transferred">Bytes so far.</param>
/// <param name="Total">The transfer's size.</param>
/// <param name="Outgoing">True when we send the file.</param>
public sealed record FileProgress(FileTransferId Id, long Transferred, long Total, bool Outgoing) : ChatEvent;

/// <summary>
/// The whole file arrived and its SHA-256 matched. Incoming: every byte has been written to the destination, so the
/// caller may keep it (for example <c>PartialDownload.Commit</c>). Outgoing: the receiver verified the hash.
/// </summary>
/// <param name="Id">The transfer.</param>
/// <param name="Outgoing">True when we sent the file.</param>
public sealed record FileCompleted(FileTransferId Id, bool Outgoing) : ChatEvent;

/// <summary>
/// The transfer stopped before completion and nothing more moves for it. Incoming: what was written is partial or
/// unverified; the destination's owner discards it (for example <c>PartialDownload.Abandon</c>).
/// </summary>
/// <param name="Id">The transfer.</param>
/// <param name="Reason">
/// <see cref="ErrorCode.TransferCancelled"/> (either side cancelled), <see cref="ErrorCode.FileHashMismatch"/>,
/// <see cref="ErrorCode.TransferFailed"/> (a stream failed), <see cref="ErrorCode.NotConnected"/>, or the session's
/// end reason when the session ended with the transfer open.
/// </param>
/// <param name="Message">What happened, in words; never contains file content.</param>
/// <param name="Outgoing">True when we were sending the file.</param>
public sealed record FileCancelled(FileTransferId Id, ErrorCode Reason, string Message, bool Outgoing) : ChatEvent;

/// <summary>The peer declined our offer (or declined it automatically as too large); nothing was sent.</summary>
/// <param name="Id">The transfer.</param>
public sealed record FileDeclined(FileTransferId Id) : ChatEvent;

/// <summary>The next bytes of the peer's pipe direction, authenticated and in order. Binary-safe; never shown as text.</summary>
/// <param name="Data">The bytes (a chunk of at most 16 KiB; chunk boundaries carry no meaning).</param>
public sealed record PipeDataReceived(ReadOnlyMemory<byte> Data) : ChatEvent;

/// <summary>
/// The peer ended its pipe direction with an authenticated end: every byte it sent has arrived. A session that ends
/// (<see cref="Destroyed"/>) without this event after pipe data means the pipe was truncated.
/// </summary>
public sealed record PipeEnded : ChatEvent;
