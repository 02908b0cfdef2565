using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class SessionSetupTests
{
    private static readonly Uri Relay = new("ws://127.0.0.1:1");

    [Fact]
    public async Task Scripted_Create_PrintsTheCodeFirstAndRunsHardenedAsCreator()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var options = await SessionSetup.ScriptedAsync(new CliOptions(Relay, Invite: InviteRole.Creator), new StringReader(""), output, errors);

        Assert.NotNull(options);
        using var invite = options.Invite;
        Assert.Equal(ProtocolMode.Hardened, options.Protocol);
        Assert.Equal(InviteRole.Creator, options.Role);
        var line = output.ToString().TrimEnd();
        Assert.Matches("^CODE [A-Z0-9]{8,16}(-[a-z]+){3}$", line);
        Assert.True(RoomInvite.TryParse(line.AsSpan("CODE ".Length), out var parsed));
        using (parsed)
        {
            Assert.Equal(invite!.RoomId, parsed.RoomId);
        }
    }

    [Fact]
    public async Task Scripted_Join_ReadsTheCodeFromTheFirstLine()
    {
        using var created = RoomInvite.Create();
        var code = InviteText.Of(created);
        using var output = new StringWriter();

        var options = await SessionSetup.ScriptedAsync(new CliOptions(Relay, Invite: InviteRole.Joiner), new StringReader(code + "\nhello\n"), output, TextWriter.Null);

        Assert.NotNull(options);
        using var invite = options.Invite;
        Assert.Equal(InviteRole.Joiner, options.Role);
        Assert.Equal(created.RoomId, invite!.RoomId);
        Assert.Empty(output.ToString());
    }

    [Theory]
    [InlineData("not a code")]
    [InlineData("")]
    public async Task Scripted_JoinWithBadCode_IsAUsageErrorThatNeverEchoesTheInput(string first)
    {
        using var errors = new StringWriter();

        var options = await SessionSetup.ScriptedAsync(new CliOptions(Relay, Invite: InviteRole.Joiner), new StringReader(first), TextWriter.Null, errors);

        Assert.Null(options);
        Assert.Contains("first input line must be the invite code", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not a code", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scripted_NoCommand_IsAUsageError()
    {
        using var errors = new StringWriter();

        Assert.Null(await SessionSetup.ScriptedAsync(new CliOptions(Relay), new StringReader(""), TextWriter.Null, errors));
        Assert.Contains("'create' or 'join'", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scripted_Legacy_UsesTheRoomAndTheLegacyProtocol()
    {
        var options = await SessionSetup.ScriptedAsync(new CliOptions(Relay, Room: "ABCD1234", Legacy: true), new StringReader(""), TextWriter.Null, TextWriter.Null);

        Assert.Equal(ProtocolMode.Legacy, options!.Protocol);
        Assert.Equal("ABCD1234", options.Room);
        Assert.Null(options.Invite);
    }
}
