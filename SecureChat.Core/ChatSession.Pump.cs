using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using SecureChat.Crypto.Hardened;
using SecureChat.Files;

namespace SecureChat;

// The transfer pump: one file or pipe chunk per turn, one turn per TransferChunkInterval on the session's scheduler,
// taking the open transfers and the pipe in rotation. Chat lines never wait for it: they are sealed as soon as the
// rate limiter lets them go, so at most the one chunk being sealed is ever ahead of a line.
public sealed partial class ChatSession
{
    private readonly SerialDisposable _pumpTimer = new();
    private bool _pumpScheduled;
    private int _pumpTurn;

    private void SchedulePump()
    {
        if (_pumpScheduled || !_lifecycle.CanSend || !HasTransferWork())
        {
            return;
        }

        _pumpScheduled = true;
        _pumpTimer.Disposable = _options.Scheduler.Schedule(_options.TransferChunkInterval, PumpOnce);
    }

    private bool HasTransferWork() => CanSendPipeChunk || _outgoing.Values.Any(f => f.CanSend);

    private void PumpOnce()
    {
        lock (_gate)
        {
            _pumpScheduled = false;
            if (!_lifecycle.CanSend)
            {
                return;
            }

            var ready = _outgoing.Values.Where(f => f.CanSend).Cast<object>().ToList();
            if (CanSendPipeChunk)
            {
                ready.Add(_pipeQueue);
            }

            if (ready.Count > 0)
            {
                var next = ready[(int)((uint)_pumpTurn++ % (uint)ready.Count)];
                if (next is OutgoingFile file)
                {
                    SendFileStep(file);
                }
                else
                {
                    SendPipeChunk();
                }
            }

            SchedulePump();
        }
    }

    /// <summary>Sends the file's next chunk read from its source, then (after the last byte) the end with the hash.</summary>
    private void SendFileStep(OutgoingFile file)
    {
        var length = (int)Math.Min(TransferBody.MaxData, file.Size - file.SentBytes);
        if (length > 0)
        {
            var body = new byte[FileTransferId.Size + length];
            file.Id.Write(body);
            int read;
            try
            {
                read = file.Content.ReadAtLeast(body.AsSpan(FileTransferId.Size), length, throwOnEndOfStream: false);
            }
            catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
            {
                CancelOurs(file.Id, ErrorCode.TransferFailed, $"Could not read the file: {e.GetType().Name}.");
                return;
            }

            if (read < length)
            {
                CancelOurs(file.Id, ErrorCode.TransferFailed, "The file ended before its declared size.");
                return;
            }

            file.Hash.AppendData(body.AsSpan(FileTransferId.Size));
            SendTransfer(ChannelMessageKind.FileChunk, body, TransferBody.DataBucket);
            file.SentBytes += length;
            file.SentChunks++;
        }

        if (file.SentBytes == file.Size)
        {
            Span<byte> hash = stackalloc byte[TransferBody.HashSize];
            _ = file.Hash.GetHashAndReset(hash);
            file.State = OutgoingFile.Phase.Ended;
            SendTransfer(ChannelMessageKind.FileEnd, TransferBody.End(file.Id, hash));
        }
    }

    /// <summary>The session is ending: every open transfer is cancelled locally with its reason, and pending pipe writes fail.</summary>
    private void AbortTransfers(ErrorCode reason, string message)
    {
        _pumpTimer.Dispose();
        foreach (var file in _outgoing.Values)
        {
            Emit(new FileCancelled(file.Id, reason, $"The session ended: {message}", Outgoing: true));
            file.Dispose();
        }

        foreach (var file in _incoming.Values)
        {
            Emit(new FileCancelled(file.Id, reason, $"The session ended: {message}", Outgoing: false));
            file.Dispose();
        }

        _outgoing.Clear();
        _incoming.Clear();
        foreach (var (_, write) in _pipeQueue)
        {
            write.Complete(sent: false);
        }

        _pipeQueue.Clear();
    }
}
