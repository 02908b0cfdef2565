namespace SecureChat.Cli;

/// <summary>
/// The non-interactive mode: every event becomes one <see cref="EventLine"/> on <paramref name="output"/>; once
/// connected, each input line is sent. At end of input (or a <c>/quit</c> line) it waits until every line was settled (sent, or refused
/// with a warning) and then quits, so nothing typed into a pipe is silently cut off.
/// </summary>
internal sealed class ScriptedChat(ChatSession session, TextReader input, TextWriter output)
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

            lock (_gate)
            {
                _submitted++;
            }

            session.Send(line);
        }

        await Task.WhenAny(Drained(), ended).ConfigureAwait(false);
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

    private void OnEvent(ChatEvent chatEvent)
    {
        lock (_gate)
        {
            output.WriteLine(EventLine.Format(chatEvent));
            output.Flush();

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
    }

    // 4xxx codes are the session's answers to a line we sent (see ErrorCode); other warnings settle nothing.
    private static bool IsRefusedInput(ErrorCode code) => (int)code is >= 4000 and < 5000;
}
