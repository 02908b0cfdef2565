using SecureChat.Cli;
using Spectre.Console;
using Spectre.Console.Testing;

namespace SecureChat.Core.Tests.Cli;

/// <summary>The chat screen at awkward sizes and in odd scripts: wrapping, narrow terminals, resizes, no colour.</summary>
public sealed class ChatScreenLayoutTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 5, TimeSpan.Zero);
    private static readonly Uri Relay = new("ws://relay.example:8765");

    [Fact]
    public void Show_LongMessage_WrapsAtSpacesUnderTheText()
    {
        using var console = Console(30);
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);

        screen.Show(new MessageReceived("the quick brown fox jumps over the lazy dog again and again", Noon));

        var lines = TerminalReplay.Of(console.Output).Lines.Where(static l => l.Length > 0).ToList();
        Assert.Equal("12:00:05 peer: the quick", lines[0]);
        Assert.All(lines, static l => Assert.True(DisplayWidth.Of(l) < 30, l));
        Assert.All(lines.Skip(1), static l => Assert.StartsWith(new string(' ', "12:00:05 peer: ".Length), l, StringComparison.Ordinal));
        Assert.Equal(
            "the quick brown fox jumps over the lazy dog again and again",
            string.Join(' ', lines.Select(static l => l.Replace("12:00:05 peer:", string.Empty, StringComparison.Ordinal).Trim())));
    }

    [Fact]
    public void Show_EmojiAndCjkAtNarrowWidth_RowsFitByDisplayWidthAndNothingIsSplit()
    {
        using var console = Console(20);
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        const string text = "日本語のテキスト👍🏽👨‍👩‍👧と絵文字🎉🎉🎉です";

        screen.Show(new MessageReceived(text, Noon));

        var lines = TerminalReplay.Of(console.Output).Lines.Where(static l => l.Length > 0).ToList();
        Assert.True(lines.Count > 2);
        Assert.All(lines, static l => Assert.True(DisplayWidth.Of(l) <= 19, $"{l} is {DisplayWidth.Of(l)} columns"));
        // Put back together, the text is intact: no grapheme was cut or dropped.
        Assert.Equal(text, string.Concat(lines.Select(static l => l.Replace("12:00:05 peer:", string.Empty, StringComparison.Ordinal).Trim())));
    }

    [Fact]
    public void Wrap_WideCharacters_CountTwoColumnsEach()
    {
        var (rows, indent) = MessageLayout.Wrap("漢字漢字漢字", 0, 5);

        Assert.Equal(["漢字", "漢字", "漢字"], rows);
        Assert.Equal(0, indent);
    }

    [Fact]
    public void Wrap_WordLongerThanARow_BrokenInsideIt()
    {
        var (rows, _) = MessageLayout.Wrap("abcdefghijkl", 0, 5);

        Assert.Equal(["abcde", "fghij", "kl"], rows);
    }

    [Fact]
    public void Fit_WideCharacters_CursorColumnInDisplayColumns()
    {
        var (visible, column) = InputWindow.Fit("日本", "語", 10);

        Assert.Equal("日本語", visible);
        Assert.Equal(4, column);
    }

    [Fact]
    public void Fit_WideCharactersTooLong_WindowFitsAndKeepsGraphemesWhole()
    {
        var (visible, column) = InputWindow.Fit("日本語日本語日本語👍🏽", string.Empty, 7);

        Assert.True(DisplayWidth.Of(visible) <= 7);
        Assert.EndsWith("👍🏽", visible, StringComparison.Ordinal);
        Assert.Equal(DisplayWidth.Of(visible), column);
    }

    [Fact]
    public void NarrowTerminal_StatusCutAndInputStillUsable()
    {
        using var console = Console(20);
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.SetStatus(new StatusLine("connected", Relay, ProtocolMode.Legacy));
        screen.StartInput();
        screen.UpdateInput("a fairly long draft message", 27);

        screen.Show(new MessageReceived("hello there, narrow world", Noon));

        var terminal = TerminalReplay.Of(console.Output);
        Assert.StartsWith("[UNAUT", terminal.CurrentLine, StringComparison.Ordinal);
        Assert.Contains("> ", terminal.CurrentLine, StringComparison.Ordinal);
        Assert.EndsWith("message", terminal.CurrentLine, StringComparison.Ordinal);
        Assert.All(terminal.Lines, static l => Assert.True(DisplayWidth.Of(l) < 20, l));
    }

    [Fact]
    public void Refresh_AfterResize_RedrawsInputForTheNewWidth()
    {
        using var console = Console(60);
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();
        screen.UpdateInput("0123456789abcdefghij", 20);
        var before = console.Output.Length;

        console.Profile.Width = 12;
        screen.Refresh();

        var terminal = TerminalReplay.Of(console.Output);
        Assert.True(console.Output.Length > before);
        Assert.Equal("> cdefghij", terminal.CurrentLine);
        Assert.Equal(["> cdefghij"], terminal.Lines);
    }

    [Fact]
    public void Refresh_SameWidth_WritesNothing()
    {
        using var console = Console(60);
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.StartInput();
        screen.UpdateInput("draft", 5);
        var before = console.Output;

        screen.Refresh();

        Assert.Equal(before, console.Output);
    }

    [Fact]
    public void NoColors_MessagesNoticesStatusAndHelp_CarryNoColourCodes()
    {
        using var console = Console(60);
        console.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.SetStatus(new StatusLine("connected", Relay, ProtocolMode.Hardened));
        screen.StartInput();

        screen.Show(new MessageReceived("hi", Noon));
        screen.Show(new MessageSent("hello", Noon));
        screen.ShowNotice("a notice");
        screen.ShowHelp();
        screen.ShowConnected(new Connected("pelican oboe tundra") { Protocol = ProtocolMode.Hardened });

        Assert.Contains("peer: hi", console.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\u001b\[(\d+;)*(3\d|4\d|9\d|10\d)(;[\d;]*)?m", console.Output);
    }

    [Fact]
    public void Colors_Default_MessagesAreColoured()
    {
        using var console = Console(60);
        console.Profile.Capabilities.ColorSystem = ColorSystem.Standard;
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);

        screen.Show(new MessageReceived("hi", Noon));

        Assert.Matches(@"\u001b\[(\d+;)*(3\d|9\d)m", console.Output);
    }

    [Fact]
    public void NoColor_FlagOrNonEmptyVariable_TurnsColoursOff()
    {
        Assert.True(TerminalConsole.NoColor(flag: true, variable: null));
        Assert.True(TerminalConsole.NoColor(flag: false, variable: "1"));
        Assert.True(TerminalConsole.NoColor(flag: false, variable: "0"));
        Assert.False(TerminalConsole.NoColor(flag: false, variable: string.Empty));
        Assert.False(TerminalConsole.NoColor(flag: false, variable: null));
        Assert.Equal(ColorSystemSupport.NoColors, TerminalConsole.Settings(noColor: true).ColorSystem);
    }

    private static TestConsole Console(int width)
    {
        var console = new TestConsole().SupportsAnsi(true).EmitAnsiSequences();
        console.Profile.Width = width;
        return console;
    }
}
