using SecureChat.Cli;
using Spectre.Console.Testing;

namespace SecureChat.Core.Tests.Cli;

public sealed class ChatScreenTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 5, TimeSpan.Zero);

    [Fact]
    public void Show_MessageWhileTyping_RedrawsTypedBufferOnInputLine()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();
        screen.UpdateInput("hel", 3);

        screen.Show(new MessageReceived("hi there", Noon));

        var terminal = TerminalReplay.Of(console.Output);
        Assert.Equal(["12:00:05 peer: hi there", "> hel"], terminal.Lines);
        Assert.Equal("> hel".Length, terminal.Column);
    }

    [Fact]
    public void Show_MessageWhileCursorMidBuffer_CursorReturnsToItsColumn()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();
        screen.UpdateInput("hello", 2);

        screen.Show(new MessageReceived("ping", Noon));

        var terminal = TerminalReplay.Of(console.Output);
        Assert.Equal("> hello", terminal.CurrentLine);
        Assert.Equal(ChatScreen.Prompt.Length + 2, terminal.Column);
    }

    [Fact]
    public void Show_SeveralMessages_InputLineStaysAtTheBottom()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();
        screen.UpdateInput("draft", 5);

        screen.Show(new MessageReceived("one", Noon));
        screen.Show(new MessageSent("two", Noon.AddSeconds(1)));
        screen.UpdateInput("draft!", 6);

        Assert.Equal(["12:00:05 peer: one", "12:00:06 you: two", "> draft!"], TerminalReplay.Of(console.Output).Lines);
    }

    [Fact]
    public void Show_Warning_NoticeAboveInputLine()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();
        screen.UpdateInput("spam", 4);

        screen.Show(new Warning(ErrorCode.RateLimited, "Too many messages too fast: the message was dropped."));

        Assert.Equal(["! Too many messages too fast: the message was dropped.", "> spam"], TerminalReplay.Of(console.Output).Lines);
    }

    [Fact]
    public void ShowConnected_SafetyNumber_GroupedWithComparisonAdviceAndAuthenticationNote()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        var number = string.Concat(Enumerable.Range(0, 12).Select(static i => $"{i % 10}{i % 10}{i % 10}{i % 10}{i % 10}"));

        screen.ShowConnected(new Connected(number) { Protocol = ProtocolMode.Legacy });

        var text = string.Join('\n', TerminalReplay.Of(console.Output).Lines);
        Assert.Contains("00000 11111 22222 33333", text, StringComparison.Ordinal);
        Assert.Contains("44444 55555 66666 77777", text, StringComparison.Ordinal);
        Assert.Contains("88888 99999 00000 11111", text, StringComparison.Ordinal);
        Assert.Contains("Safety number", text, StringComparison.Ordinal);
        Assert.Contains("over another channel", text, StringComparison.Ordinal);
        Assert.Contains("key exchange is unauthenticated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowConnected_Hardened_ShowsTheWordsAndHowToVerify()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);

        screen.ShowConnected(new Connected("pelican oboe tundra") { Protocol = ProtocolMode.Hardened });

        var text = string.Join('\n', TerminalReplay.Of(console.Output).Lines);
        Assert.Contains("pelican oboe tundra", text, StringComparison.Ordinal);
        Assert.Contains("Short authentication string", text, StringComparison.Ordinal);
        Assert.Contains("/verify", text, StringComparison.Ordinal);
        Assert.DoesNotContain("unauthenticated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SetStatus_Label_StaysBesideThePromptAcrossMessages()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();
        screen.SetStatus(new StatusLine("connected", new Uri("ws://relay.example:8765"), ProtocolMode.Legacy));
        screen.UpdateInput("hi", 2);

        screen.Show(new MessageReceived("hello", DateTimeOffset.UnixEpoch));

        // At 60 columns the full status would crowd the input: the short form keeps what matters.
        Assert.Equal("[UNAUTHENTICATED (legacy)] > hi", TerminalReplay.Of(console.Output).Lines[^1]);
    }

    [Fact]
    public void ShowConnected_SafetyNumberAsTheCoreSpacesIt_RowsOfFourGroups()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        var spaced = string.Join(' ', Enumerable.Range(10000, 12));

        screen.ShowConnected(new Connected(spaced) { Protocol = ProtocolMode.Legacy });

        var text = string.Join('\n', TerminalReplay.Of(console.Output).Lines);
        Assert.Contains("10000 10001 10002 10003", text, StringComparison.Ordinal);
        Assert.Contains("10008 10009 10010 10011", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_MarkupInPeerText_PrintedLiterally()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);

        screen.Show(new MessageReceived("[red]not red[/] [link=x]y[/]", Noon));

        // The trailing empty row is where the cursor waits: no input line was started.
        Assert.Equal(["12:00:05 peer: [red]not red[/] [link=x]y[/]", ""], TerminalReplay.Of(console.Output).Lines);
    }

    [Fact]
    public void UpdateInput_EscapeSequencesInBuffer_NotWrittenToTerminal()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();

        screen.UpdateInput("a\u202Eb\u001b]0;pwned\u0007c", 12);

        Assert.DoesNotContain("pwned", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', console.Output);
        Assert.Equal("> abc", TerminalReplay.Of(console.Output).CurrentLine);
    }

    [Fact]
    public void Show_DestroyedOrderly_EndsWithoutPrompt()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();
        screen.UpdateInput("unsent", 6);

        screen.Show(new Destroyed(ErrorCode.PeerLeft, "The peer left the room."));
        screen.UpdateInput("late", 4);

        var terminal = TerminalReplay.Of(console.Output);
        Assert.Equal(["Session ended: The peer left the room."], terminal.Lines.Where(static l => l.Length > 0));
        Assert.Equal(0, terminal.Column);
    }

    [Fact]
    public void Show_DestroyedByFailure_ShowsCode()
    {
        using var console = AnsiConsole();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);

        screen.Show(new Destroyed(ErrorCode.DecryptionFailed, "Tampered."));

        Assert.Equal(["Session failed: Tampered. (3003 DecryptionFailed)", ""], TerminalReplay.Of(console.Output).Lines);
    }

    [Fact]
    public void Show_WithoutAnsi_MessageOnItsOwnLineAndPromptReprinted()
    {
        using var console = new TestConsole().SupportsAnsi(false);
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();
        screen.UpdateInput("hel", 3);

        screen.Show(new MessageReceived("hi", Noon));

        Assert.Equal(["> ", "12:00:05 peer: hi", "> hel"], console.Lines);
    }

    private static TestConsole AnsiConsole()
    {
        var console = new TestConsole().SupportsAnsi(true).EmitAnsiSequences();
        console.Profile.Width = 60;
        return console;
    }
}
