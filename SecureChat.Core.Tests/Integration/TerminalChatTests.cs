using System.Text.RegularExpressions;

namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// The real terminal experience: tmux (installed by build.sh) runs two real clients in panes against the real relay;
/// the test types at the prompts and reads the screens.
/// </summary>
public sealed partial class TerminalChatTests : RelayIntegrationTest
{
    private string Client(string command) =>
        $"dotnet {CliProcessTests.CliDll} {command} --relay {Relay.WebSocketUri}; sleep 30";

    [Fact]
    public async Task Terminal_CreateJoinVerifyChatQuit_AsAPersonWould()
    {
        using var tmux = new TmuxSession(Client("create"));
        var creator = await tmux.WaitForAsync(0, s => InviteCode().IsMatch(s));
        var code = InviteCode().Match(creator).Value;
        Assert.Contains("securechat join", creator, StringComparison.Ordinal);

        var joiner = tmux.Split(Client("join"));
        await tmux.WaitForAsync(joiner, s => s.Contains("Invite code", StringComparison.Ordinal));
        tmux.Type(joiner, code);
        tmux.Press(joiner, "Enter");

        var creatorConnected = await tmux.WaitForAsync(0, s => s.Contains("Short authentication string", StringComparison.Ordinal));
        var joinerConnected = await tmux.WaitForAsync(joiner, s => s.Contains("Short authentication string", StringComparison.Ordinal));
        Assert.Matches("^[a-z]+ [a-z]+ [a-z]+$", Words(creatorConnected));
        Assert.Equal(Words(creatorConnected), Words(joinerConnected));

        tmux.Type(0, "hello from a real terminal 👋");
        tmux.Press(0, "Enter");
        await tmux.WaitForAsync(joiner, s => s.Contains("peer: hello from a real terminal 👋", StringComparison.Ordinal));

        tmux.Type(joiner, "half typed");
        await tmux.WaitForAsync(joiner, s => LastNonEmptyLine(s).EndsWith("half typed", StringComparison.Ordinal));
        tmux.Type(0, "second line");
        tmux.Press(0, "Enter");
        // The message prints above, then the input line is redrawn: the screen settles with both.
        var typing = await tmux.WaitForAsync(joiner, s => s.Contains("peer: second line", StringComparison.Ordinal)
            && LastNonEmptyLine(s).EndsWith("half typed", StringComparison.Ordinal));
        Assert.EndsWith("half typed", LastNonEmptyLine(typing), StringComparison.Ordinal);

        tmux.Press(joiner, "C-u");
        tmux.Type(joiner, "/verify");
        tmux.Press(joiner, "Enter");
        await tmux.WaitForAsync(joiner, s => LastNonEmptyLine(s).Contains("verified", StringComparison.Ordinal)
            && !LastNonEmptyLine(s).Contains("unverified", StringComparison.Ordinal));

        tmux.Type(0, "/quit");
        tmux.Press(0, "Enter");
        await tmux.WaitForAsync(0, s => s.Contains("Session ended", StringComparison.Ordinal));
        await tmux.WaitForAsync(joiner, s => s.Contains("Session ended", StringComparison.Ordinal));
    }

    private static string Words(string screen) => SasLine().Match(screen).Groups[1].Value.Trim();

    private static string LastNonEmptyLine(string screen) =>
        screen.Split('\n').Select(l => l.TrimEnd()).Last(l => l.Length > 0);

    [GeneratedRegex("[A-Z0-9]{8,16}-[a-z]+-[a-z]+-[a-z]+")]
    private static partial Regex InviteCode();

    [GeneratedRegex(@"│ ([a-z]+ [a-z]+ [a-z]+) +│")]
    private static partial Regex SasLine();
}
