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

    /// <summary>Marks a system notice, so it never reads as something the peer wrote.</summary>
    public const string NoticeMarker = "! ";

    /// <summary>Columns always left for typing, however long the status is.</summary>
    public const int MinInputWidth = 8;

    private readonly TimeZoneInfo _timeZone = timeZone ?? TimeZoneInfo.Local;
    private readonly Lock _gate = new();
    private string _input = string.Empty;
    private int _cursor;
    private bool _inputShown;
    private bool _closed;
    private StatusLine? _status;
    private int _drawnWidth;

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

    /// <summary>The status shown before the prompt, redrawn at once when it changes.</summary>
    public void SetStatus(StatusLine status)
    {
        ArgumentNullException.ThrowIfNull(status);
        lock (_gate)
        {
            _status = status;
            if (_inputShown && !_closed)
            {
                DrawInput();
            }
        }
    }

    /// <summary>The status as last set, or <see langword="null"/>.</summary>
    public StatusLine? Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    /// <summary>Redraws the input line if the terminal's width changed since it was last drawn (polled by the key loop).</summary>
    public void Refresh()
    {
        lock (_gate)
        {
            if (_inputShown && !_closed && Ansi && console.Profile.Width != _drawnWidth)
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
                PrintAbove(MessageLine(e.ReceivedAt, "peer", Color.Aqua, e.Text));
                break;
            case MessageSent e:
                PrintAbove(MessageLine(e.SentAt, "you", Color.Green, TerminalText.Sanitize(e.Text)));
                break;
            case Warning e:
                ShowNotice(e.Message);
                break;
            case Connected e:
                ShowConnected(e);
                break;
            case StateChanged e when Status is { } status:
                // The status line names the state, so a closing session says so before it ends.
                SetStatus(status with { State = e.State.ToString().ToLowerInvariant() });
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
        PrintAbove(Wrapped(NoticeMarker, new Style(Color.Yellow, decoration: Decoration.Bold), TerminalText.Sanitize(text), new Style(Color.Yellow)));
    }

    /// <summary>The in-chat commands: every one <see cref="ChatCommands"/> lists, and the editing keys.</summary>
    public void ShowHelp()
    {
        var grey = new Style(Color.Grey);
        var help = new Paragraph().Append("Commands:", grey);
        foreach (var (name, description) in ChatCommands.All)
        {
            Wrapped(help.Append("\n"), $"  {name.PadRight(ChatCommands.NameWidth)} ", grey, string.Empty, Style.Plain, description, grey);
        }

        Wrapped(help.Append("\n"), string.Empty, grey, string.Empty, Style.Plain, ChatCommands.Editing, grey);
        PrintAbove(help);
    }

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
        var width = console.Profile.Width;
        _drawnWidth = width;

        // Sanitise either side of the cursor separately, so the cursor lands where the user thinks it is.
        var before = TerminalText.Sanitize(_input[.._cursor]);
        var after = TerminalText.Sanitize(_input[_cursor..]);
        var label = StatusLabel(width);
        var (visible, column) = InputWindow.Fit(before, after, width - DisplayWidth.Of(label) - Prompt.Length - 1);
        if (Ansi)
        {
            LeaveInputLine();
        }

        if (label.Length > 0)
        {
            var colour = _status is { Protocol: ProtocolMode.Hardened, Verified: true } ? Color.Green : Color.Yellow;
            console.Write(new Text(label, new Style(colour)));
        }

        console.Write(new Text(Prompt, new Style(decoration: Decoration.Bold)));
        console.Write(new Text(visible));
        var back = DisplayWidth.Of(visible) - column;
        if (Ansi && back > 0)
        {
            console.WriteAnsi(w => w.CursorLeft(back));
        }
    }

    // "[status] ", cut to leave at least MinInputWidth columns for typing; dropped when even that cannot fit.
    private string StatusLabel(int width)
    {
        if (_status is null)
        {
            return string.Empty;
        }

        var room = width - 1 - Prompt.Length - MinInputWidth - 3;
        var text = DisplayWidth.Of(_status.Text) <= room ? _status.Text : DisplayWidth.Truncate(_status.Short, room);
        return room < 3 ? string.Empty : $"[{text}] ";
    }

    private Paragraph MessageLine(DateTimeOffset at, string sender, Color colour, string text)
    {
        var time = TimeZoneInfo.ConvertTime(at, _timeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return Wrapped(new Paragraph(), $"{time} ", new Style(Color.Grey), $"{sender}: ", new Style(colour), text, Style.Plain);
    }

    private Paragraph Wrapped(string prefix, Style prefixStyle, string text, Style textStyle) =>
        Wrapped(new Paragraph(), prefix, prefixStyle, string.Empty, Style.Plain, text, textStyle);

    // Rows no wider than the terminal minus one column (a full row would leave the cursor in the wrap limbo
    // some terminals have), wrapped here by display width so Spectre never has to break them.
    private Paragraph Wrapped(Paragraph paragraph, string first, Style firstStyle, string second, Style secondStyle, string text, Style textStyle)
    {
        var prefixWidth = DisplayWidth.Of(first) + DisplayWidth.Of(second);
        var (lines, indent) = MessageLayout.Wrap(text, prefixWidth, console.Profile.Width - 1);
        paragraph.Append(first, firstStyle).Append(second, secondStyle).Append(lines[0], textStyle);
        foreach (var line in lines.Skip(1))
        {
            paragraph.Append("\n" + new string(' ', indent) + line, textStyle);
        }

        return paragraph;
    }
}
