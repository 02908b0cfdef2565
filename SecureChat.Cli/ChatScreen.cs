using System.Globalization;
using SecureChat.Protocol;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SecureChat.Cli;

/// <summary>
/// Draws the chat on an injected console: messages and notices scroll above, the input line stays at the bottom.
/// Anything printed while the user types clears the input line, prints, then redraws the prompt, the buffer and
/// the cursor, so typing is never broken. Thread-safe: events arrive on session threads, keys on the main one.
/// </summary>
internal sealed class ChatScreen(IAnsiConsole console, TimeZoneInfo? timeZone = null)
{
    /// <summary>The input prompt, as plain text (its length positions the cursor).</summary>
    public const string Prompt = "> ";

    private readonly TimeZoneInfo _timeZone = timeZone ?? TimeZoneInfo.Local;
    private readonly Lock _gate = new();
    private string _input = string.Empty;
    private int _cursor;
    private bool _inputShown;
    private bool _closed;
    private string _label = string.Empty;

    private bool Ansi => console.Profile.Capabilities.Ansi;

    /// <summary>The connected screen: what to compare with the peer, how, and why it matters.</summary>
    public void ShowConnected(Connected connected)
    {
        ArgumentNullException.ThrowIfNull(connected);
        if (connected.Protocol == ProtocolMode.Hardened)
        {
            ShowHardenedConnected(connected);
            return;
        }

        PrintAbove(new Rows(
            new Markup("[green bold]Connected.[/] Messages are end-to-end encrypted."),
            new Panel(new Text(SafetyNumberText.Group(connected.SafetyNumber)))
                .Header("Safety number")
                .Border(BoxBorder.Rounded),
            new Markup("Compare this number with your peer over another channel (in person or on a call). " +
                "If the numbers differ, someone is in the middle: type [bold]/quit[/]."),
            new Markup("[yellow]This protocol's key exchange is unauthenticated:[/] only that comparison shows " +
                "that no one, not even the relay, swapped the keys."),
            new Markup("[grey]Type a message and press Enter. /help lists commands.[/]")));
    }

    private void ShowHardenedConnected(Connected connected) => PrintAbove(new Rows(
        new Markup("[green bold]Connected.[/] Keys are agreed from your invite code (CPace + X-Wing); messages are end-to-end encrypted."),
        new Panel(new Text(connected.SafetyNumber)).Header("Short authentication string").Border(BoxBorder.Rounded).Expand(),
        new Markup("Both screens show these words only if nobody is in the middle. Read them to each other " +
            "(on a call, in person), then type [bold]/verify[/]. If they differ, type [bold]/quit[/]."),
        new Markup("[grey]Type a message and press Enter. /help lists commands.[/]")));

    /// <summary>A short status shown before the prompt, e.g. "unverified" or "UNAUTHENTICATED (legacy)".</summary>
    public void SetStatus(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        lock (_gate)
        {
            _label = TerminalText.Sanitize(label);
            if (_inputShown && !_closed)
            {
                DrawInput();
            }
        }
    }

    /// <summary>Prints what a chat event means; events the status line already covered are skipped.</summary>
    public void Show(ChatEvent chatEvent)
    {
        ArgumentNullException.ThrowIfNull(chatEvent);
        switch (chatEvent)
        {
            case MessageReceived e:
                PrintAbove(MessageLine(e.ReceivedAt, "[cyan]peer[/]", e.Text));
                break;
            case MessageSent e:
                PrintAbove(MessageLine(e.SentAt, "[green]you[/]", TerminalText.Sanitize(e.Text)));
                break;
            case Warning e:
                ShowNotice(e.Message);
                break;
            case Connected e:
                ShowConnected(e);
                break;
            case Destroyed e:
                // The last thing said: no prompt after it.
                PrintAbove(
                    new Markup(e.IsOrderly
                        ? $"[grey]Session ended: {Markup.Escape(e.Message)}[/]"
                        : $"[red]Session failed: {Markup.Escape(e.Message)} ({(int)e.Reason} {e.Reason})[/]"),
                    last: true);
                break;
        }
    }

    /// <summary>A system notice (a warning, an unknown command).</summary>
    public void ShowNotice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        PrintAbove(new Markup($"[yellow]! {Markup.Escape(TerminalText.Sanitize(text))}[/]"));
    }

    /// <summary>The in-chat commands.</summary>
    public void ShowHelp() => PrintAbove(new Markup(
        "[grey]Commands: /quit ends the session (so does Ctrl+C), /verify marks the words as compared with your peer, /help shows this, //text sends \"/text\".\n" +
        "Editing: Left/Right, Home/End (Ctrl+A/Ctrl+E), Backspace/Delete, Ctrl+U clears to the start, Esc clears the line.[/]"));

    /// <summary>Shows the input line from now on.</summary>
    public void StartInput()
    {
        lock (_gate)
        {
            _inputShown = true;
            DrawInput();
        }
    }

    /// <summary>Redraws the input line after an edit.</summary>
    public void UpdateInput(string text, int cursor)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            _input = text;
            _cursor = Math.Clamp(cursor, 0, text.Length);
            // Without cursor control the line cannot be redrawn in place; it is shown again after the next message.
            if (_inputShown && !_closed && Ansi)
            {
                DrawInput();
            }
        }
    }

    private void PrintAbove(IRenderable renderable, bool last = false)
    {
        lock (_gate)
        {
            if (_inputShown && !_closed)
            {
                LeaveInputLine();
            }

            _closed |= last;

            console.Write(renderable);
            console.WriteLine();
            if (_inputShown && !_closed)
            {
                DrawInput();
            }
        }
    }

    private void LeaveInputLine()
    {
        if (Ansi)
        {
            console.WriteAnsi(static w =>
            {
                w.Write("\r");
                w.EraseInLine(2);
            });
        }
        else
        {
            console.WriteLine();
        }
    }

    private void DrawInput()
    {
        // Sanitise either side of the cursor separately, so the cursor lands where the user thinks it is.
        var before = TerminalText.Sanitize(_input[.._cursor]);
        var after = TerminalText.Sanitize(_input[_cursor..]);
        var label = _label.Length == 0 ? string.Empty : $"[{_label}] ";
        var (visible, column) = InputWindow.Fit(before, after, console.Profile.Width - label.Length - Prompt.Length - 1);
        if (Ansi)
        {
            LeaveInputLine();
        }

        if (label.Length > 0)
        {
            console.Write(new Text(label, new Style(Color.Yellow)));
        }

        console.Write(new Text(Prompt, new Style(decoration: Decoration.Bold)));
        console.Write(new Text(visible));
        var back = visible.Length - column;
        if (Ansi && back > 0)
        {
            console.WriteAnsi(w => w.CursorLeft(back));
        }
    }

    private Markup MessageLine(DateTimeOffset at, string sender, string text)
    {
        var time = TimeZoneInfo.ConvertTime(at, _timeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return new Markup($"[grey]{time}[/] {sender}: {Markup.Escape(text)}");
    }
}
