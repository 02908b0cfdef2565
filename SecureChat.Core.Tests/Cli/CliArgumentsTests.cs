using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class CliArgumentsTests
{
    [Fact]
    public void Parse_NoArguments_UsesDefaultRelayAndNoRoom()
    {
        var options = Parse();

        Assert.Equal(new Uri("ws://127.0.0.1:8765"), options.Relay);
        Assert.Null(options.Room);
        Assert.False(options.ShowHelp);
        Assert.False(options.ShowVersion);
    }

    [Theory]
    [InlineData("--relay", "ws://relay.example:9000/chat")]
    [InlineData("--relay=ws://relay.example:9000/chat")]
    public void Parse_Relay_TakesSeparateOrInlineValue(params string[] args)
    {
        Assert.Equal(new Uri("ws://relay.example:9000/chat"), Parse(args).Relay);
    }

    [Fact]
    public void Parse_SecureRelay_Accepted()
    {
        Assert.Equal("wss", Parse("--relay", "wss://relay.example").Relay.Scheme);
    }

    [Fact]
    public void Parse_RelayFromEnvironment_UsedWhenNoOption()
    {
        var ok = CliArguments.TryParse([], "ws://env.example:1234", out var options, out _);

        Assert.True(ok);
        Assert.Equal(new Uri("ws://env.example:1234"), options!.Relay);
    }

    [Fact]
    public void Parse_RelayOptionAndEnvironment_OptionWins()
    {
        CliArguments.TryParse(["--relay", "ws://arg.example"], "ws://env.example", out var options, out _);

        Assert.Equal(new Uri("ws://arg.example"), options!.Relay);
    }

    [Fact]
    public void Parse_BlankEnvironment_FallsBackToDefault()
    {
        CliArguments.TryParse([], "  ", out var options, out _);

        Assert.Equal(ChatSessionOptions.DefaultRelayUri, options!.Relay);
    }

    [Fact]
    public void Parse_InvalidEnvironmentRelay_ErrorNamesTheVariable()
    {
        var ok = CliArguments.TryParse([], "http://env.example", out _, out var error);

        Assert.False(ok);
        Assert.StartsWith("SECURECHAT_RELAY:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://relay.example")]
    [InlineData("relay.example:8765")]
    [InlineData("not a uri")]
    public void Parse_RelayNotWebSocket_Error(string relay)
    {
        Assert.Equal($"--relay: '{relay}' is not a ws:// or wss:// address.", Error("--relay", relay));
    }

    [Theory]
    [InlineData("ABCD1234", "ABCD1234")]
    [InlineData("abcd1234", "ABCD1234")]
    [InlineData(" room2026room ", "ROOM2026ROOM")]
    public void Parse_Room_NormalisedToUpperCase(string room, string expected)
    {
        Assert.Equal(expected, Parse("--legacy", "--room", room).Room);
        Assert.Equal(expected, Parse("--legacy", $"--room={room}").Room);
    }

    [Theory]
    [InlineData("SHORT")]
    [InlineData("ABCDEFGHIJKLMNOPQ")]
    [InlineData("ABCD-1234")]
    [InlineData("ABCDıXYZ")]
    public void Parse_InvalidRoom_ErrorStatesTheRule(string room)
    {
        Assert.Equal("--room: A room code is 8 to 16 letters A-Z or digits 0-9.", Error("--room", room));
    }

    [Theory]
    [InlineData("--room")]
    [InlineData("--room=")]
    [InlineData("--relay")]
    public void Parse_OptionWithoutValue_Error(string option)
    {
        Assert.Equal($"{option.TrimEnd('=')} needs a value.", Error(option));
    }

    [Fact]
    public void Parse_OptionFollowedByOption_IsMissingValueNotValue()
    {
        Assert.Equal("--room needs a value.", Error("--room", "--relay", "ws://x"));
    }

    [Fact]
    public void Parse_RoomTwice_Error()
    {
        Assert.Equal("--room was given more than once.", Error("--room", "ABCD1234", "--room=EFGH5678"));
    }

    [Fact]
    public void Parse_UnknownOption_Error()
    {
        Assert.Equal("Unknown option '--verbose'.", Error("--verbose"));
    }

    [Fact]
    public void Parse_PositionalArgument_Error()
    {
        Assert.Equal("Unexpected argument 'ABCD1234'.", Error("ABCD1234"));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_WinsOverOtherErrors(string help)
    {
        Assert.True(Parse("--bogus", help).ShowHelp);
    }

    [Fact]
    public void Parse_Version_Flagged()
    {
        Assert.True(Parse("--version").ShowVersion);
    }

    [Fact]
    public void Help_DocumentsEveryExitCode()
    {
        Assert.Contains("0  the session ended in order", UsageText.Help, StringComparison.Ordinal);
        Assert.Contains("1  the session failed", UsageText.Help, StringComparison.Ordinal);
        Assert.Contains("2  usage error", UsageText.Help, StringComparison.Ordinal);
    }

    private static CliOptions Parse(params string[] args)
    {
        var ok = CliArguments.TryParse(args, null, out var options, out var error);
        Assert.True(ok, error);
        return options!;
    }

    private static string Error(params string[] args)
    {
        var ok = CliArguments.TryParse(args, null, out var options, out var error);
        Assert.False(ok);
        Assert.Null(options);
        return error!;
    }

    [Theory]
    [InlineData("create", InviteRole.Creator)]
    [InlineData("join", InviteRole.Joiner)]
    public void Parse_InviteCommand_SelectsTheRole(string command, InviteRole role)
    {
        var options = Parse(command, "--relay", "ws://127.0.0.1:1");

        Assert.Equal(role, options.Invite);
        Assert.False(options.Legacy);
    }

    [Fact]
    public void Parse_NoCommand_HardenedAndAsksLater()
    {
        var options = Parse();

        Assert.Null(options.Invite);
        Assert.False(options.Legacy);
    }

    [Fact]
    public void Parse_RoomWithoutLegacy_IsRefusedSoNothingFallsBack()
    {
        Assert.StartsWith("--room names a legacy room and needs --legacy", Error("--room", "ABCD1234"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LegacyWithInviteCommand_IsRefused()
    {
        Assert.StartsWith("'create' and 'join' are for the hardened protocol", Error("join", "--legacy"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InviteCommandNotFirst_IsAnUnexpectedArgument()
    {
        Assert.Equal("Unexpected argument 'join'.", Error("--relay", "ws://127.0.0.1:1", "join"));
    }
}
