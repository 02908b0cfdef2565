using SecureChat.Crypto.Hardened;
using SecureChat.Files;

namespace SecureChat;

// Files, our side: offer, accept, decline, cancel. Chunks leave from the pump (ChatSession.Pump.cs); the peer's
// file messages are handled in ChatSession.FilesInbound.cs. Everything runs under the session's gate.
public sealed partial class ChatSession
{
    private readonly Dictionary<FileTransferId, OutgoingFile> _outgoing = [];
    private readonly Dictionary<FileTransferId, IncomingFile> _incoming = [];

    // Transfers we cancelled: the peer's messages for them may still be in flight and are ignored.
    private readonly HashSet<FileTransferId> _cancelledByUs = [];

    // Transfers that ended otherwise (completed, declined, cancelled by the peer): only a racing cancel is tolerated.
    private readonly HashSet<FileTransferId> _finishedTransfers = [];

    /// <summary>
    /// Offers a file to the peer. Chunks flow only after the peer accepts, paced on the session's scheduler
    /// (<see cref="ChatSessionOptions.TransferChunkInterval"/>) and interleaved with chat, with at most a window of
    /// unacknowledged chunks in flight: <paramref name="content"/> is read 16 KiB at a time as the window opens, and
    /// SHA-256 is computed over what is sent and sent after the last byte. The fate arrives on <see cref="Events"/>:
    /// <see cref="FileProgress"/>, then <see cref="FileCompleted"/> (the receiver verified the hash),
    /// <see cref="FileDeclined"/> or <see cref="FileCancelled"/> (also when not connected).
    /// </summary>
    /// <param name="name">The file's name; only its sanitised base name (<see cref="FileNames.SanitizeBaseName"/>) is sent.</param>
    /// <param name="size">The exact number of bytes to send from <paramref name="content"/>.</param>
    /// <param name="content">
    /// The source, read from its current position; the caller keeps ownership and may dispose it after
    /// <see cref="FileCompleted"/>, <see cref="FileDeclined"/> or <see cref="FileCancelled"/> for this id. A source that
    /// ends before <paramref name="size"/> bytes cancels the transfer with <see cref="ErrorCode.TransferFailed"/>.
    /// </param>
    /// <returns>The transfer's id.</returns>
    /// <exception cref="NotSupportedException">The session runs <see cref="ProtocolMode.Legacy"/>, which has no file transfer.</exception>
    /// <exception cref="ArgumentException"><paramref name="content"/> is not readable.</exception>
    public FileTransferId SendFile(string name, long size, Stream content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentNullException.ThrowIfNull(content);
        RequireHardened();
        if (!content.CanRead)
        {
            throw new ArgumentException("The source stream must be readable.", nameof(content));
        }

        var id = FileTransferId.NewRandom();
        lock (_gate)
        {
            if (!_lifecycle.CanSend)
            {
                Emit(new FileCancelled(id, ErrorCode.NotConnected, "Not connected: the file was not offered.", Outgoing: true));
                return id;
            }

            _outgoing.Add(id, new OutgoingFile(id, size, content));
            SendTransfer(ChannelMessageKind.FileOffer, TransferBody.Offer(id, size, FileNames.SanitizeBaseName(name)));
            return id;
        }
    }

    /// <summary>
    /// Accepts an offered file (<see cref="FileOffered"/>): its bytes are written to <paramref name="destination"/> in
    /// order as they arrive, and <see cref="FileCompleted"/> is reported only after the whole file's SHA-256 matched.
    /// On a mismatch the transfer ends with <see cref="FileCancelled"/> (<see cref="ErrorCode.FileHashMismatch"/>).
    /// </summary>
    /// <param name="id">The offer's id.</param>
    /// <param name="destination">
    /// Where the bytes go (for example <see cref="PartialDownload.Stream"/>); the caller keeps ownership, keeps it
    /// after <see cref="FileCompleted"/> and discards it after <see cref="FileCancelled"/>.
    /// </param>
    /// <returns>False when there is no such open offer (already cancelled, declined or accepted) or the session is not connected.</returns>
    /// <exception cref="NotSupportedException">The session runs <see cref="ProtocolMode.Legacy"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not writable.</exception>
    public bool AcceptFile(FileTransferId id, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        RequireHardened();
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The destination stream must be writable.", nameof(destination));
        }

        lock (_gate)
        {
            if (!_lifecycle.CanSend || !_incoming.TryGetValue(id, out var file) || file.Destination is not null)
            {
                return false;
            }

            file.Destination = destination;
            SendTransfer(ChannelMessageKind.FileAccept, TransferBody.Id(id));
            return true;
        }
    }

    /// <summary>Declines an offered file; the peer sees <see cref="FileDeclined"/>.</summary>
    /// <param name="id">The offer's id.</param>
    /// <returns>False when there is no such open offer (already cancelled, declined or accepted) or the session is not connected.</returns>
    /// <exception cref="NotSupportedException">The session runs <see cref="ProtocolMode.Legacy"/>.</exception>
    public bool DeclineFile(FileTransferId id)
    {
        RequireHardened();
        lock (_gate)
        {
            if (!_lifecycle.CanSend || !_incoming.TryGetValue(id, out var file) || file.Destination is not null)
            {
                return false;
            }

            CloseIncoming(file, finished: true);
            SendTransfer(ChannelMessageKind.FileDecline, TransferBody.Id(id));
            return true;
        }
    }

    /// <summary>
    /// Stops a transfer in either direction, offered or running: nothing more is sent or written for it, we see
    /// <see cref="FileCancelled"/> (<see cref="ErrorCode.TransferCancelled"/>) and so does the peer.
    /// </summary>
    /// <param name="id">The transfer.</param>
    /// <returns>False when the transfer is not open (unknown, completed or already cancelled) or the session is not connected.</returns>
    /// <exception cref="NotSupportedException">The session runs <see cref="ProtocolMode.Legacy"/>.</exception>
    public bool CancelFile(FileTransferId id)
    {
        RequireHardened();
        lock (_gate)
        {
            if (!_lifecycle.CanSend || !(_outgoing.ContainsKey(id) || _incoming.ContainsKey(id)))
            {
                return false;
            }

            CancelOurs(id, ErrorCode.TransferCancelled, "You cancelled the transfer.");
            return true;
        }
    }

    private void RequireHardened()
    {
        if (!IsHardened)
        {
            throw new NotSupportedException("Files and the pipe need the hardened protocol; this session runs the legacy one.");
        }
    }

    /// <summary>Ends one of our open transfers from this side: tells the peer why, reports it, ignores late messages.</summary>
    private void CancelOurs(FileTransferId id, ErrorCode reason, string message)
    {
        var outgoing = _outgoing.Remove(id, out var sending);
        sending?.Dispose();
        if (_incoming.Remove(id, out var receiving))
        {
            receiving.Dispose();
        }

        _cancelledByUs.Add(id);
        SendTransfer(ChannelMessageKind.FileCancel, TransferBody.Cancel(id, reason));
        Emit(new FileCancelled(id, reason, message, outgoing));
    }

    private void CloseIncoming(IncomingFile file, bool finished)
    {
        _incoming.Remove(file.Id);
        file.Dispose();
        if (finished)
        {
            _finishedTransfers.Add(file.Id);
        }
    }

    private void SendTransfer(ChannelMessageKind kind, byte[] body, int minBucket = 0)
    {
        if (_link?.SealBinary(kind, body, minBucket) is { } frame)
        {
            _transport!.Send(frame);
        }
    }
}
