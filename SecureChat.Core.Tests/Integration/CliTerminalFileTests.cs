using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace SecureChat.Core.Tests.Integration;

/// <summary>A file offered, accepted and saved between two real clients in tmux panes, as a person would do it.</summary>
public sealed partial class CliTerminalFileTests : RelayIntegrationTest
{
    private readonly string _root = Directory.CreateTempSubdirectory("securechat-tty-").FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private string Client(string command) =>
        $"dotnet {CliProcessTests.CliDll} {command} --relay {Relay.WebSocketUri}; sleep 30";

    [Fact]
    public async Task Terminal_SendAcceptSave_InputLineSurvives()
    {
        var content = RandomNumberGenerator.GetBytes(200_000);
        var source = Path.Combine(_root, "photo.jpg");
        await File.WriteAllBytesAsync(source, content);
        var downloads = Path.Combine(_root, "in");

        using var tmux = new TmuxSession(Client("create"));
        var code = InviteCode().Match(await tmux.WaitForAsync(0, s => InviteCode().IsMatch(s))).Value;
        var joiner = tmux.Split(Client($"join --downloads {downloads}"));
        await tmux.WaitForAsync(joiner, s => s.Contains("Invite code", StringComparison.Ordinal));
        tmux.Type(joiner, code);
        tmux.Press(joiner, "Enter");
        await tmux.WaitForAsync(0, s => s.Contains("Short authentication string", StringComparison.Ordinal));
        await tmux.WaitForAsync(joiner, s => s.Contains("Short authentication string", StringComparison.Ordinal));

        tmux.Type(0, $"/send {source}");
        tmux.Press(0, "Enter");
        await tmux.WaitForAsync(joiner, s => s.Contains("Your peer offers photo.jpg", StringComparison.Ordinal));
        tmux.Type(joiner, "/accept");
        tmux.Press(joiner, "Enter");
        // Keys that arrive together with Enter read as a paste; a person types on after seeing the answer.
        await tmux.WaitForAsync(joiner, s => s.Contains("Receiving photo.jpg", StringComparison.Ordinal));
        tmux.Type(joiner, "half typed");

        var saved = await tmux.WaitForAsync(joiner, s => s.Contains("Saved photo.jpg", StringComparison.Ordinal)
            && LastNonEmptyLine(s).EndsWith("half typed", StringComparison.Ordinal));
        await tmux.WaitForAsync(0, s => s.Contains("Sent photo.jpg", StringComparison.Ordinal));
        Assert.Contains("100%", saved, StringComparison.Ordinal);
        Assert.EndsWith("half typed", LastNonEmptyLine(saved), StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(downloads, "photo.jpg")));

        tmux.Press(joiner, "C-u");
        tmux.Type(joiner, "/quit");
        tmux.Press(joiner, "Enter");
        await tmux.WaitForAsync(0, s => s.Contains("Session ended", StringComparison.Ordinal));
    }

    private static string LastNonEmptyLine(string screen) =>
        screen.Split('\n').Select(l => l.TrimEnd()).Last(l => l.Length > 0);

    [GeneratedRegex("[A-Z0-9]{8,16}-[a-z]+-[a-z]+-[a-z]+")]
    private static partial Regex InviteCode();
}
