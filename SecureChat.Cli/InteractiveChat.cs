using System.Threading.Channels;
using Spectre.Console;

namespace SecureChat.Cli;

/// <summary>
/// The terminal mode: a status spinner while the session searches, the safety number once connected, then the
/// chat loop. Events are queued the moment they happen so none is lost while the spinner is still up.
/// </summary>
internal sealed class InteractiveChat(IAnsiConsole console, ChatSession session, ChatScreen screen, Uri relay, FileTransfers? files = null)
{
    /// <summary>How often the key loop looks at the terminal width when no key comes.</summary>
    private static readonly TimeSpan ResizePoll = TimeSpan.FromMilliseconds(250);

    private ProtocolMode _protocol;

    /// <summary>Starts the session and runs it to its end; returns the process exit code.</summary>
    public async Task<int> RunAsync()
    {
        var events = Channel.CreateUnbounded<(ChatEvent Event, FileUpdate? File)>(new UnboundedChannelOptions { SingleReader = true });
        // The files' books are kept as the events happen (a verified file is committed at once); the screen follows.
        using var subscription = session.Events.Subscribe(e => events.Writer.TryWrite((e, files?.Observe(e))), () => events.Writer.TryComplete());
        session.Start();

        var outcome = await WaitForPeer(events.Reader).ConfigureAwait(false);
        if (outcome is not Connected connected)
        {
            screen.Show(outcome ?? new Destroyed(ErrorCode.None, "The session ended without a reason."));
            return outcome is Destroyed destroyed ? ExitCodes.From(destroyed) : ExitCodes.Failure;
        }

        _protocol = connected.Protocol;
        screen.ShowConnected(connected);
        // Persistent, beside the prompt: legacy is never silently "secure", and hardened words start unverified.
        screen.SetStatus(new StatusLine("connected", relay, _protocol));
        screen.StartInput();
        using var shownAll = new CancellationTokenSource();
        var shown = ShowEvents(events.Reader, shownAll);
        await ReadKeys(shownAll.Token).ConfigureAwait(false);
        await shown.ConfigureAwait(false);
        return ExitCodes.From(await session.Completion.ConfigureAwait(false));
    }

    private Task<ChatEvent?> WaitForPeer(ChannelReader<(ChatEvent Event, FileUpdate? File)> events) =>
        console.Status().Spinner(Spinner.Known.Dots).StartAsync("Connecting to the relay...", async status =>
        {
            await foreach (var (e, _) in events.ReadAllAsync().ConfigureAwait(false))
            {
                switch (e)
                {
                    case StateChanged { State: SessionState.Searching }:
                        status.Status("Waiting for your peer to join the room...");
                        break;
                    case PeerFound:
                        status.Status("Peer found: agreeing on keys...");
                        break;
                    case Connected or Destroyed:
                        return e;
                }
            }

            return null;
        });

    // Runs until the event stream completes (after Destroyed), then stops the key loop.
    private async Task ShowEvents(ChannelReader<(ChatEvent Event, FileUpdate? File)> events, CancellationTokenSource done)
    {
        try
        {
            await foreach (var (e, file) in events.ReadAllAsync().ConfigureAwait(false))
            {
                if (file is null)
                {
                    screen.Show(e);
                }
                else if (FileNoticeText.For(e, file) is { } notice)
                {
                    screen.ShowNotice(notice);
                }
            }
        }
        finally
        {
            await done.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task ReadKeys(CancellationToken stop)
    {
        var editor = new LineEditor();
        var router = new ChatCommandRouter(screen, _protocol, session.Send, () => _ = session.Quit(), files);
        while (!stop.IsCancellationRequested)
        {
            ConsoleKeyInfo? key;
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stop);
            poll.CancelAfter(ResizePoll);
            try
            {
                // Spectre's input polls Console.KeyAvailable, so the wait ends as soon as the session does.
                key = await console.Input.ReadKeyAsync(intercept: true, poll.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // No key for a while (or the session ended): the terminal may have been resized meanwhile.
                screen.Refresh();
                continue;
            }

            screen.Refresh();
            if (key is null)
            {
                continue;
            }

            var line = editor.Apply(key.Value, console.Input.IsKeyAvailable());
            screen.UpdateInput(editor.Text, editor.Cursor);
            if (line is not null)
            {
                router.Handle(ChatCommand.Parse(line));
            }
        }
    }
}
