using System.Threading.Channels;

namespace SecureChat.Cli;

/// <summary>
/// Pipe mode: <paramref name="input"/>'s bytes go to the peer in chunks, each write awaited (the core's
/// backpressure), and our direction is ended at end of input; the peer's bytes go to <paramref name="output"/> raw
/// and flushed. Exits 0 only when both directions ended cleanly: our end sent and the peer's end received (so
/// nothing was cut off), then quits. Status lines go to <paramref name="status"/> (stderr), never to the data.
/// </summary>
internal sealed class PipeChat(ChatSession session, Stream input, Stream output, TextWriter status)
{
    /// <summary>How much of the input is read and handed to the session at a time.</summary>
    public const int ReadSize = 64 * 1024;

    // Unbounded in type only: the session acknowledges a chunk once WriteOutputAsync has taken it (ConsumePipeData),
    // so the peer never has more than the flow-control window (16 chunks, 256 KiB) waiting here.
    private readonly Channel<byte[]> _received = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _peerEnded;

    /// <summary>Starts the session and runs the pipe to its end; returns the process exit code.</summary>
    public async Task<int> RunAsync()
    {
        using var subscription = session.Events.Subscribe(OnEvent);
        session.Start();
        var ended = session.Completion;
        if (await Task.WhenAny(_connected.Task, ended).ConfigureAwait(false) == ended)
        {
            return ExitCodes.Failure;
        }

        var writing = WriteOutputAsync();
        var reading = ReadInputAsync();

        // Input may block for ever once the session ended; output always ends (at the peer's end or the session's),
        // and after a peer that finished and left, what it sent is still written out.
        await Task.WhenAny(reading, ended).ConfigureAwait(false);
        var wrote = await writing.ConfigureAwait(false);
        var clean = reading.IsCompletedSuccessfully && reading.Result && wrote;
        if (!clean)
        {
            Say(_peerEnded ? "PIPE_FAILED our direction did not end cleanly" : "PIPE_TRUNCATED the peer's direction did not end");
        }

        var destroyed = await session.Quit().ConfigureAwait(false);
        return clean && destroyed.IsOrderly ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private void OnEvent(ChatEvent chatEvent)
    {
        switch (chatEvent)
        {
            case PipeDataReceived e:
                // The core may reuse nothing, but the copy keeps this independent of that.
                _ = _received.Writer.TryWrite(e.Data.ToArray());
                return;
            case PipeEnded:
                _peerEnded = true;
                _ = _received.Writer.TryComplete();
                break;
            case Connected:
                _connected.TrySetResult();
                break;
            case Destroyed:
                _ = _received.Writer.TryComplete();
                break;
            case StateChanged or FileProgress:
                return;
        }

        Say(EventLine.Format(chatEvent));
    }

    // True when the whole input was sent and our end followed it.
    private async Task<bool> ReadInputAsync()
    {
        var buffer = new byte[ReadSize];
        try
        {
            int read;
            while ((read = await input.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                if (!await session.SendPipeDataAsync(buffer.AsMemory(0, read)).ConfigureAwait(false))
                {
                    return false;
                }
            }
        }
        catch (IOException e)
        {
            Say($"PIPE_FAILED reading input: {e.Message}");
            return false;
        }

        return session.EndPipe();
    }

    // True when every byte the peer sent was written and flushed and the peer ended its direction.
    private async Task<bool> WriteOutputAsync()
    {
        try
        {
            while (await _received.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (_received.Reader.TryRead(out var data))
                {
                    await output.WriteAsync(data).ConfigureAwait(false);
                    session.ConsumePipeData();
                }

                await output.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (IOException e)
        {
            Say($"PIPE_FAILED writing output: {e.Message}");
            _ = session.Quit();
            return false;
        }

        return _peerEnded;
    }

    private void Say(string line)
    {
        lock (status)
        {
            status.WriteLine(line);
            status.Flush();
        }
    }
}
