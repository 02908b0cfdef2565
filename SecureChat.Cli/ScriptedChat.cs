namespace SecureChat.Cli;

/// <summary>
/// The non-interactive mode: every event becomes one <see cref="EventLine"/> on <paramref name="output"/>; once
/// connected, each input line is sent. At end of input (or a <c>/quit</c> line) it waits until every line was settled (sent, or refused
/// with a warning) and every running file transfer ended, and then quits, so nothing typed into a pipe is silently
/// cut off. <c>/send</c>, <c>/accept</c>, <c>/decline</c> and <c>/cancel</c> lines are file commands (hardened only:
/// <paramref name="files"/>); with <paramref name="acceptFiles"/> every offer is accepted at once.
/// </summary>
internal sealed class ScriptedChat(ChatSession session, TextReader input, TextWriter output, FileTransfers? files = null, bool acceptFiles = false)
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _drained;
    private int _submitted;
    private int _settled;

    /// <summary>Starts the session and runs it to its end; returns the process exit code.</summary>
    public async Task<int> RunAsync()
    {
        using var subscription = session.Events.Subscribe(OnEvent);
        session.Start();
        var ended = session.Completion;

        if (await Task.WhenAny(_connected.Task, ended).ConfigureAwait(false) == ended)
        {
            return ExitCodes.From(await ended.ConfigureAwait(false));
        }

        while (true)
        {
            var read = input.ReadLineAsync();
            if (await Task.WhenAny(read, ended).ConfigureAwait(false) == ended)
            {
                return ExitCodes.From(await ended.ConfigureAwait(false));
            }

            // "/quit" ends input like end of file does: the lines before it still get their answer.
            var line = await read.ConfigureAwait(false);
            if (line is null || ChatCommand.Parse(line) is QuitCommand)
            {
                break;
            }

            var command = ChatCommand.Parse(line);
            if (command is SendFileCommand or AcceptFileCommand or DeclineFileCommand or CancelFileCommand)
            {
                Write(EventLine.Format(FileCommand(command)));
                continue;
            }

            lock (_gate)
            {
                _submitted++;
            }

            session.Send(line);
        }

        await Task.WhenAny(Drained(), ended).ConfigureAwait(false);
        if (files is not null)
        {
            await Task.WhenAny(files.Idle(), ended).ConfigureAwait(false);
        }

        return ExitCodes.From(await session.Quit().ConfigureAwait(false));
    }

    private Task Drained()
    {
        lock (_gate)
        {
            if (_settled >= _submitted)
            {
                return Task.CompletedTask;
            }

            _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task;
        }
    }

    private FileCommandResult FileCommand(ChatCommand command) => files is null
        ? FileCommandResult.Failed("File transfer needs the hardened protocol; this session is legacy.")
        : command switch
        {
            SendFileCommand c => files.Send(c.Path),
            AcceptFileCommand c => files.Accept(c.Id),
            DeclineFileCommand c => files.Decline(c.Id),
            CancelFileCommand c => files.Cancel(c.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };

    private void Write(string line)
    {
        lock (_gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    private void OnEvent(ChatEvent chatEvent)
    {
        var file = files?.Observe(chatEvent);
        lock (_gate)
        {
            if (chatEvent is not FileProgress || file?.Progress is not null)
            {
                output.WriteLine(EventLine.Format(chatEvent, file));
                output.Flush();
            }

            if (chatEvent is MessageSent || chatEvent is Warning { Code: var code } && IsRefusedInput(code))
            {
                _settled++;
                if (_drained is not null && _settled >= _submitted)
                {
                    _drained.TrySetResult();
                }
            }
        }

        if (chatEvent is Connected)
        {
            _connected.TrySetResult();
        }

        if (chatEvent is FileOffered offered && acceptFiles && files is not null)
        {
            // Not from inside the session's event: accepting calls back into the session.
            _ = Task.Run(() => Write(EventLine.Format(files.Accept(offered.Id.ToString()))));
        }
    }

    // 4xxx codes are the session's answers to a line we sent (see ErrorCode); other warnings settle nothing.
    private static bool IsRefusedInput(ErrorCode code) => (int)code is >= 4000 and < 5000;
}
