using SecureChat.Crypto.Hardened;
using SecureChat.Files;

namespace SecureChat;

// The pipe: one binary byte stream per direction inside the channel, chunked, flow-controlled, with an authenticated end.
public sealed partial class ChatSession
{
    private readonly LinkedList<(byte[] Data, PipeWrite Write)> _pipeQueue = [];
    private long _pipeSentChunks;
    private long _pipeAckedChunks;
    private bool _pipeEndRequested;
    private bool _pipeEndSent;
    private long _pipeReceivedChunks;
    private long _pipeConsumedChunks;
    private long _pipeAckedByUs;
    private bool _peerPipeEnded;

    /// <summary>
    /// Sends bytes on our direction of the pipe, in order, in chunks of at most 16 KiB padded to one size, paced
    /// like file chunks and flow-controlled by the peer's acknowledgements. The peer sees them as
    /// <see cref="PipeDataReceived"/>, byte for byte.
    /// </summary>
    /// <param name="data">The bytes; copied, so the caller may reuse the buffer at once.</param>
    /// <param name="cancellationToken">
    /// Stops waiting: chunks of this call not yet sent are dropped and the task is cancelled, so a prefix of
    /// <paramref name="data"/> may have been sent.
    /// </param>
    /// <returns>
    /// A task that completes when the last chunk of <paramref name="data"/> has been sent within the flow-control
    /// window (backpressure: await it before writing more): true, or false when the session is not connected or ended
    /// first.
    /// </returns>
    /// <exception cref="NotSupportedException">The session runs <see cref="ProtocolMode.Legacy"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="EndPipe"/> was called.</exception>
    public Task<bool> SendPipeDataAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        RequireHardened();
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<bool>(cancellationToken);
        }

        lock (_gate)
        {
            if (_pipeEndRequested)
            {
                throw new InvalidOperationException("EndPipe was called: our direction of the pipe is closed.");
            }

            if (!_lifecycle.CanSend)
            {
                return Task.FromResult(false);
            }

            if (data.IsEmpty)
            {
                return Task.FromResult(true);
            }

            var write = new PipeWrite((data.Length + TransferBody.MaxData - 1) / TransferBody.MaxData);
            for (var offset = 0; offset < data.Length; offset += TransferBody.MaxData)
            {
                _ = _pipeQueue.AddLast((data.Slice(offset, Math.Min(TransferBody.MaxData, data.Length - offset)).ToArray(), write));
            }

            if (cancellationToken.CanBeCanceled)
            {
                write.Registration = cancellationToken.Register(() => CancelPipeWrite(write, cancellationToken));
            }

            SchedulePump();
            return write.Task;
        }
    }

    /// <summary>
    /// Ends our direction of the pipe after the data already queued: the peer sees <see cref="PipeEnded"/> after the
    /// last byte. Nothing may be sent on the pipe afterwards.
    /// </summary>
    /// <returns>False when the pipe was already ended or the session is not connected.</returns>
    /// <exception cref="NotSupportedException">The session runs <see cref="ProtocolMode.Legacy"/>.</exception>
    public bool EndPipe()
    {
        RequireHardened();
        lock (_gate)
        {
            if (_pipeEndRequested || !_lifecycle.CanSend)
            {
                return false;
            }

            _pipeEndRequested = true;
            if (_pipeQueue.Count == 0)
            {
                SendPipeEnd();
            }

            return true;
        }
    }

    /// <summary>
    /// With <see cref="ChatSessionOptions.ConsumePipeDataExplicitly"/>: the consumer has taken (written out, or
    /// otherwise no longer holds) the next <paramref name="chunks"/> <see cref="PipeDataReceived"/> chunks, in order.
    /// Only taken chunks are acknowledged, so the peer can never have more than the window waiting for us. Never
    /// blocks; safe from any thread, including inside an event handler. After the session ended it does nothing.
    /// </summary>
    /// <param name="chunks">How many received chunks were taken since the last call.</param>
    /// <exception cref="NotSupportedException">The session runs <see cref="ProtocolMode.Legacy"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// <see cref="ChatSessionOptions.ConsumePipeDataExplicitly"/> is false: chunks are taken as they are raised.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="chunks"/> is not positive or more than have been received and not yet taken.
    /// </exception>
    public void ConsumePipeData(int chunks = 1)
    {
        RequireHardened();
        if (!_options.ConsumePipeDataExplicitly)
        {
            throw new InvalidOperationException("Pipe data is taken as it is raised: ConsumePipeDataExplicitly is off.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunks);
        lock (_gate)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(chunks, _pipeReceivedChunks - _pipeConsumedChunks);
            _pipeConsumedChunks += chunks;
            if (_lifecycle.CanSend)
            {
                AckConsumedPipeChunks();
            }
        }
    }

    private void CancelPipeWrite(PipeWrite write, CancellationToken token)
    {
        lock (_gate)
        {
            for (var node = _pipeQueue.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Write == write)
                {
                    _pipeQueue.Remove(node);
                }

                node = next;
            }

            write.Cancel(token);
            if (_pipeEndRequested && !_pipeEndSent && _pipeQueue.Count == 0 && _lifecycle.CanSend)
            {
                SendPipeEnd();
            }
        }
    }

    private void SendPipeEnd()
    {
        _pipeEndSent = true;
        SendTransfer(ChannelMessageKind.PipeEnd, []);
    }

    private bool CanSendPipeChunk => _pipeQueue.Count > 0 && _pipeSentChunks - _pipeAckedChunks < TransferBody.Window;

    private void SendPipeChunk()
    {
        var (data, write) = _pipeQueue.First!.Value;
        _pipeQueue.RemoveFirst();
        SendTransfer(ChannelMessageKind.PipeData, data, TransferBody.DataBucket);
        _pipeSentChunks++;
        if (--write.Unsent == 0)
        {
            write.Complete(sent: true);
        }

        if (_pipeQueue.Count == 0 && _pipeEndRequested && !_pipeEndSent)
        {
            SendPipeEnd();
        }
    }

    private ErrorCode OnPipeMessage(ChannelMessage message)
    {
        switch (message.Kind)
        {
            case ChannelMessageKind.PipeData when message.Body.Length is > 0 and <= TransferBody.MaxData:
                if (_peerPipeEnded)
                {
                    return PipeViolation("data after its end");
                }

                if (_pipeReceivedChunks - _pipeAckedByUs >= TransferBody.Window)
                {
                    // An honest sender stops at the window, so this bounds what a hostile one can make us hold.
                    return PipeViolation("data beyond the flow-control window");
                }

                _pipeReceivedChunks++;
                Emit(new PipeDataReceived(message.Body));
                if (!_options.ConsumePipeDataExplicitly)
                {
                    _pipeConsumedChunks = _pipeReceivedChunks;
                }

                AckConsumedPipeChunks();
                return ErrorCode.None;
            case ChannelMessageKind.PipeEnd when message.Body.Length == 0:
                if (_peerPipeEnded)
                {
                    return PipeViolation("a second end");
                }

                _peerPipeEnded = true;
                Emit(new PipeEnded());
                return ErrorCode.None;
            case ChannelMessageKind.PipeAck when TransferBody.TryReadCount(message.Body, out var count):
                if (count < _pipeAckedChunks || count > _pipeSentChunks)
                {
                    return PipeViolation("an acknowledgement of chunks never sent");
                }

                _pipeAckedChunks = count;
                SchedulePump();
                return ErrorCode.None;
            default:
                return PipeViolation($"a malformed {message.Kind} body");
        }
    }

    // Cumulative, every AckEvery taken chunks: the window reopens only as fast as the consumer takes the data.
    private void AckConsumedPipeChunks()
    {
        if (_pipeConsumedChunks - _pipeAckedByUs >= TransferBody.AckEvery)
        {
            _pipeAckedByUs = _pipeConsumedChunks;
            SendTransfer(ChannelMessageKind.PipeAck, TransferBody.Count(_pipeAckedByUs));
        }
    }

    private ErrorCode PipeViolation(string what)
    {
        _lifecycle.Fail(ErrorCode.PipeProtocolViolation, $"The peer broke the pipe protocol: {what}.");
        return ErrorCode.None;
    }
}
