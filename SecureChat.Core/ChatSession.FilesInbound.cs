using System.Security.Cryptography;
using SecureChat.Crypto.Hardened;
using SecureChat.Files;

namespace SecureChat;

// Files, the peer's messages. Any message the protocol does not allow now ends the session with
// FileProtocolViolation; messages for a transfer we cancelled are in flight legitimately and are ignored.
public sealed partial class ChatSession
{
    private const int MaxOpenIncoming = 32;

    private ErrorCode OnTransferMessage(ChannelMessage message)
    {
        var body = message.Body;
        switch (message.Kind)
        {
            case ChannelMessageKind.PipeData:
            case ChannelMessageKind.PipeEnd:
            case ChannelMessageKind.PipeAck:
                return OnPipeMessage(message);
            case ChannelMessageKind.FileOffer when TransferBody.TryReadOffer(body, out var id, out var size, out var name):
                return OnFileOffer(id, size, name);
            case ChannelMessageKind.FileChunk when TransferBody.TryReadChunk(body, out var id, out var data):
                return OnFileChunk(id, data);
            case ChannelMessageKind.FileEnd when TransferBody.TryReadEnd(body, out var id, out var hash):
                return OnFileEnd(id, hash.Span);
            case ChannelMessageKind.FileCancel when TransferBody.TryReadCancel(body, out var id, out var reason):
                return OnFileCancel(id, reason);
            case ChannelMessageKind.FileAccept or ChannelMessageKind.FileDecline or ChannelMessageKind.FileReceived
                when TransferBody.TryReadId(body, out var id):
                return OnOutgoingReply(message.Kind, id);
            case ChannelMessageKind.FileAck when TransferBody.TryReadIdAndCount(body, out var id, out var count):
                return OnFileAck(id, count);
            default:
                return FileViolation($"a malformed {message.Kind} body");
        }
    }

    private ErrorCode OnFileOffer(FileTransferId id, long size, string offeredName)
    {
        if (_incoming.ContainsKey(id) || _outgoing.ContainsKey(id) || _cancelledByUs.Contains(id) || _finishedTransfers.Contains(id))
        {
            return FileViolation("an offer reusing a transfer id");
        }

        if (size > _options.MaxIncomingFileBytes || _incoming.Count >= MaxOpenIncoming)
        {
            _finishedTransfers.Add(id);
            SendTransfer(ChannelMessageKind.FileDecline, TransferBody.Id(id));
            Emit(new Warning(ErrorCode.FileTooLarge, size > _options.MaxIncomingFileBytes
                ? $"The peer offered a file of {size} bytes, over the limit of {_options.MaxIncomingFileBytes}: declined."
                : $"The peer has {MaxOpenIncoming} offers open already: declined another."));
            return ErrorCode.None;
        }

        _incoming.Add(id, new IncomingFile(id, size));
        Emit(new FileOffered(id, FileNames.SanitizeBaseName(offeredName), size));
        return ErrorCode.None;
    }

    private ErrorCode OnFileChunk(FileTransferId id, ReadOnlyMemory<byte> data)
    {
        if (!_incoming.TryGetValue(id, out var file) || file.Destination is not { } destination)
        {
            return _cancelledByUs.Contains(id) ? ErrorCode.None : FileViolation("a chunk for a transfer that is unknown, unaccepted or finished");
        }

        if (data.Length > file.Size - file.ReceivedBytes)
        {
            return FileViolation("more bytes than it offered");
        }

        try
        {
            destination.Write(data.Span);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            CancelOurs(id, ErrorCode.TransferFailed, $"Could not write the received file: {e.GetType().Name}.");
            return ErrorCode.None;
        }

        file.Hash.AppendData(data.Span);
        file.ReceivedBytes += data.Length;
        file.ReceivedChunks++;
        if (file.ReceivedChunks - file.AckedChunks >= TransferBody.AckEvery || file.ReceivedBytes == file.Size)
        {
            file.AckedChunks = file.ReceivedChunks;
            SendTransfer(ChannelMessageKind.FileAck, TransferBody.IdAndCount(id, file.AckedChunks));
        }

        Emit(new FileProgress(id, file.ReceivedBytes, file.Size, Outgoing: false));
        return ErrorCode.None;
    }

    private ErrorCode OnFileEnd(FileTransferId id, ReadOnlySpan<byte> sentHash)
    {
        if (!_incoming.TryGetValue(id, out var file) || file.Destination is not { } destination)
        {
            return _cancelledByUs.Contains(id) ? ErrorCode.None : FileViolation("an end for a transfer that is unknown, unaccepted or finished");
        }

        if (file.ReceivedBytes != file.Size)
        {
            return FileViolation("an end before all the bytes it offered");
        }

        try
        {
            destination.Flush();
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            CancelOurs(id, ErrorCode.TransferFailed, $"Could not write the received file: {e.GetType().Name}.");
            return ErrorCode.None;
        }

        Span<byte> hash = stackalloc byte[TransferBody.HashSize];
        _ = file.Hash.GetHashAndReset(hash);
        if (!CryptographicOperations.FixedTimeEquals(hash, sentHash))
        {
            CancelOurs(id, ErrorCode.FileHashMismatch, "The received file's SHA-256 does not match the sender's: discard it.");
            return ErrorCode.None;
        }

        CloseIncoming(file, finished: true);
        SendTransfer(ChannelMessageKind.FileReceived, TransferBody.Id(id));
        Emit(new FileCompleted(id, Outgoing: false));
        return ErrorCode.None;
    }

    private ErrorCode OnFileCancel(FileTransferId id, ErrorCode reason)
    {
        var words = reason switch
        {
            ErrorCode.FileHashMismatch => "The peer found the file's SHA-256 did not match and cancelled the transfer.",
            ErrorCode.TransferFailed => "The peer's side of the transfer failed (a file could not be read or written).",
            _ => "The peer cancelled the transfer.",
        };
        if (_outgoing.Remove(id, out var sending))
        {
            sending.Dispose();
            _finishedTransfers.Add(id);
            Emit(new FileCancelled(id, reason, words, Outgoing: true));
        }
        else if (_incoming.TryGetValue(id, out var receiving))
        {
            CloseIncoming(receiving, finished: true);
            Emit(new FileCancelled(id, reason, words, Outgoing: false));
        }
        else if (!_cancelledByUs.Contains(id) && !_finishedTransfers.Contains(id))
        {
            return FileViolation("a cancel for an unknown transfer");
        }

        return ErrorCode.None;
    }

    private ErrorCode OnOutgoingReply(ChannelMessageKind kind, FileTransferId id)
    {
        if (!_outgoing.TryGetValue(id, out var file))
        {
            return _cancelledByUs.Contains(id) ? ErrorCode.None : FileViolation($"a {kind} for a transfer we are not sending");
        }

        switch (kind, file.State)
        {
            case (ChannelMessageKind.FileAccept, OutgoingFile.Phase.Offered):
                file.State = OutgoingFile.Phase.Sending;
                SchedulePump();
                return ErrorCode.None;
            case (ChannelMessageKind.FileDecline, OutgoingFile.Phase.Offered):
                CloseOutgoing(file);
                Emit(new FileDeclined(id));
                return ErrorCode.None;
            case (ChannelMessageKind.FileReceived, OutgoingFile.Phase.Ended):
                CloseOutgoing(file);
                Emit(new FileCompleted(id, Outgoing: true));
                return ErrorCode.None;
            default:
                return FileViolation($"a {kind} while the transfer is {file.State}");
        }
    }

    private ErrorCode OnFileAck(FileTransferId id, long count)
    {
        if (!_outgoing.TryGetValue(id, out var file) || file.State == OutgoingFile.Phase.Offered)
        {
            return _cancelledByUs.Contains(id) ? ErrorCode.None : FileViolation("an acknowledgement for a transfer we are not sending");
        }

        if (count < file.AckedChunks || count > file.SentChunks)
        {
            return FileViolation("an acknowledgement of chunks never sent");
        }

        file.AckedChunks = count;
        Emit(new FileProgress(id, file.AckedBytes, file.Size, Outgoing: true));
        SchedulePump();
        return ErrorCode.None;
    }

    private void CloseOutgoing(OutgoingFile file)
    {
        _outgoing.Remove(file.Id);
        file.Dispose();
        _finishedTransfers.Add(file.Id);
    }

    private ErrorCode FileViolation(string what)
    {
        _lifecycle.Fail(ErrorCode.FileProtocolViolation, $"The peer broke the file-transfer protocol: {what}.");
        return ErrorCode.None;
    }
}
