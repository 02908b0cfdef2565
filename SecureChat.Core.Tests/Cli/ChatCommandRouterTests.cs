using SecureChat.Cli;
using Spectre.Console.Testing;

namespace SecureChat.Core.Tests.Cli;

public sealed class ChatCommandRouterTests
{
    private static readonly Uri Relay = new("ws://relay.example:8765");

    [Fact]
    public void Verify_Hardened_StatusSaysVerifiedAndIsRedrawn()
    {
        using var console = Console();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.SetStatus(new StatusLine("connected", Relay, ProtocolMode.Hardened));
        screen.StartInput();
        Assert.Equal("[unverified | connected | relay.example:8765 | hardened] >", TerminalReplay.Of(console.Output).CurrentLine);
        var router = new ChatCommandRouter(screen, ProtocolMode.Hardened, static _ => { }, static () => { });

        router.Handle(ChatCommand.Parse("/verify"));

        var terminal = TerminalReplay.Of(console.Output);
        Assert.Equal("[verified | connected | relay.example:8765 | hardened] >", terminal.CurrentLine);
        Assert.Contains(terminal.Lines, static l => l.StartsWith("! Marked as verified", StringComparison.Ordinal));
        Assert.True(screen.Status!.Verified);
    }

    [Fact]
    public void StateChanged_AfterConnect_StatusNamesTheNewState()
    {
        using var console = Console();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.SetStatus(new StatusLine("connected", Relay, ProtocolMode.Hardened));
        screen.StartInput();

        screen.Show(new StateChanged(SessionState.Disconnected));

        Assert.Equal("[unverified | disconnected | relay.example:8765 | hardened] >", TerminalReplay.Of(console.Output).CurrentLine);
    }

    [Fact]
    public void Verify_Legacy_StatusStaysUnauthenticated()
    {
        using var console = Console();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        screen.SetStatus(new StatusLine("connected", Relay, ProtocolMode.Legacy));
        screen.StartInput();
        var router = new ChatCommandRouter(screen, ProtocolMode.Legacy, static _ => { }, static () => { });

        router.Handle(ChatCommand.Parse("/verify"));

        Assert.StartsWith("[UNAUTHENTICATED (legacy)", TerminalReplay.Of(console.Output).CurrentLine, StringComparison.Ordinal);
        Assert.False(screen.Status!.Verified);
    }

    [Fact]
    public void Help_ListsEveryCommand_AndEachNameParsesAsKnown()
    {
        using var console = Console();
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        var router = new ChatCommandRouter(screen, ProtocolMode.Hardened, static _ => { }, static () => { });

        router.Handle(ChatCommand.Parse("/help"));

        var text = string.Join('\n', TerminalReplay.Of(console.Output).Lines);
        foreach (var (name, _) in ChatCommands.All)
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
            Assert.IsNotType<UnknownCommand>(ChatCommand.Parse(name.Replace("text", "x", StringComparison.Ordinal)));
        }

        // And the other way round: every command the parser knows is in the help.
        foreach (var known in new[] { "/quit", "/help", "/verify", "//" })
        {
            Assert.Contains(known, text, StringComparison.Ordinal);
        }

        Assert.Contains(LineEditor.PasteSeparatorText.Trim(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_AndQuit_GoToTheSession()
    {
        using var console = Console();
        var sent = new List<string>();
        var quits = 0;
        var router = new ChatCommandRouter(new ChatScreen(console, TimeZoneInfo.Utc), ProtocolMode.Hardened, sent.Add, () => quits++);

        router.Handle(ChatCommand.Parse("hello"));
        router.Handle(ChatCommand.Parse("//slash"));
        router.Handle(ChatCommand.Parse("/quit"));

        Assert.Equal(["hello", "/slash"], sent);
        Assert.Equal(1, quits);
    }

    [Fact]
    public void Unknown_ShowsNoticeWithMarker()
    {
        using var console = Console();
        var router = new ChatCommandRouter(new ChatScreen(console, TimeZoneInfo.Utc), ProtocolMode.Hardened, static _ => { }, static () => { });

        router.Handle(ChatCommand.Parse("/frobnicate"));

        Assert.Contains("! Unknown command /frobnicate. /help lists commands.", TerminalReplay.Of(console.Output).Lines);
    }

    private static TestConsole Console()
    {
        var console = new TestConsole().SupportsAnsi(true).EmitAnsiSequences();
        console.Profile.Width = 80;
        return console;
    }
}
