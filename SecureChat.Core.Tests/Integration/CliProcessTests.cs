using SecureChat.Cli;

namespace SecureChat.Core.Tests.Integration;

/// <summary>The real <c>securechat</c> executable, twice, non-interactively, through the real relay.</summary>
public sealed class CliProcessTests : RelayIntegrationTest
{
    // The CLI runs from its own build output: this folder also holds the relay, whose ASP.NET framework
    // assemblies displace packages the CLI's deps.json expects beside it.
    internal static string CliDll { get; } = Path.Combine(
        AppContext.BaseDirectory.Replace("SecureChat.Core.Tests", "SecureChat.Cli", StringComparison.Ordinal), "securechat.dll");

    private LineProcess StartCli(string room) =>
        LineProcess.Start("dotnet", CliDll, "--relay", Relay.WebSocketUri.ToString(), "--legacy", "--room", room);

    private LineProcess StartHardened(string command) =>
        LineProcess.Start("dotnet", CliDll, command, "--relay", Relay.WebSocketUri.ToString());

    [Fact]
    public async Task TwoCliProcesses_Hardened_CreateAndJoinChatWithTheSameWords()
    {
        await using var alice = StartHardened("create");
        var code = (await alice.WaitForLineAsync(l => l.StartsWith("CODE ", StringComparison.Ordinal)))["CODE ".Length..];
        await using var bob = StartHardened("join");
        await bob.WriteLineAsync(code);

        var aliceWords = await alice.WaitForLineAsync(l => l.StartsWith("CONNECTED ", StringComparison.Ordinal));
        var bobWords = await bob.WaitForLineAsync(l => l.StartsWith("CONNECTED ", StringComparison.Ordinal));
        Assert.Equal(aliceWords, bobWords);
        Assert.Matches("^CONNECTED [a-z]+ [a-z]+ [a-z]+$", aliceWords);

        await alice.WriteLineAsync("hardened hello");
        await bob.WaitForLineAsync(l => l == "MSG hardened hello");
        await bob.WriteLineAsync("hardened reply");
        await alice.WaitForLineAsync(l => l == "MSG hardened reply");

        alice.CloseInput();
        Assert.Equal(0, await alice.WaitForExitAsync());
        await bob.WaitForLineAsync(l => l.StartsWith("DESTROYED ", StringComparison.Ordinal));
        Assert.Equal(0, await bob.WaitForExitAsync());
        Assert.DoesNotContain(code, string.Join('\n', bob.Seen), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoCliProcesses_Hardened_WrongCodeFailsOnBothSidesWithNonZeroExit()
    {
        await using var alice = StartHardened("create");
        var code = (await alice.WaitForLineAsync(l => l.StartsWith("CODE ", StringComparison.Ordinal)))["CODE ".Length..];
        var roomId = code[..code.IndexOf('-', StringComparison.Ordinal)];
        await using var mallory = StartHardened("join");
        using var other = RoomInvite.Create();
        var otherCode = InviteText.Of(other);
        await mallory.WriteLineAsync(roomId + otherCode[otherCode.IndexOf('-', StringComparison.Ordinal)..]);

        await mallory.WaitForLineAsync(l => l.StartsWith("DESTROYED ", StringComparison.Ordinal));
        await alice.WaitForLineAsync(l => l.StartsWith("DESTROYED ", StringComparison.Ordinal));
        Assert.Equal(1, await mallory.WaitForExitAsync());
        Assert.Equal(1, await alice.WaitForExitAsync());
        Assert.DoesNotContain(alice.Seen, l => l.StartsWith("CONNECTED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoCliProcesses_ChatBothWays_AndEndOrderly()
    {
        await using var alice = StartCli("CLIPROC01");
        await using var bob = StartCli("CLIPROC01");

        var aliceNumber = await alice.WaitForLineAsync(l => l.StartsWith("CONNECTED ", StringComparison.Ordinal));
        var bobNumber = await bob.WaitForLineAsync(l => l.StartsWith("CONNECTED ", StringComparison.Ordinal));
        Assert.Equal(aliceNumber, bobNumber);

        await alice.WriteLineAsync("hello bob, ünïcødé 🚀");
        await bob.WaitForLineAsync(l => l == "MSG hello bob, ünïcødé 🚀");
        await bob.WriteLineAsync("hello alice");
        await alice.WaitForLineAsync(l => l == "MSG hello alice");

        alice.CloseInput();
        Assert.Equal(0, await alice.WaitForExitAsync());
        await bob.WaitForLineAsync(l => l.StartsWith($"DESTROYED {(int)ErrorCode.PeerLeft}", StringComparison.Ordinal));
        Assert.Equal(0, await bob.WaitForExitAsync());
    }

    [Fact]
    public async Task CliProcess_InvalidRoom_ExitsWithUsageError()
    {
        await using var cli = StartCli("NOT A ROOM!");
        cli.CloseInput();

        Assert.Equal(2, await cli.WaitForExitAsync());
    }
}
