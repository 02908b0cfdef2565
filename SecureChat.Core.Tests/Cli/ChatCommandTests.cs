using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class ChatCommandTests
{
    [Theory]
    [InlineData("/quit")]
    [InlineData("/QUIT")]
    [InlineData("  /quit ")]
    public void Parse_Quit_QuitCommand(string line)
    {
        Assert.IsType<QuitCommand>(ChatCommand.Parse(line));
    }

    [Fact]
    public void Parse_Help_HelpCommand()
    {
        Assert.IsType<HelpCommand>(ChatCommand.Parse("/help"));
    }

    [Fact]
    public void Parse_PlainText_SendsItUnchanged()
    {
        Assert.Equal(new SendMessage(" hello /quit "), ChatCommand.Parse(" hello /quit "));
    }

    [Fact]
    public void Parse_DoubleSlash_SendsTextWithOneSlash()
    {
        Assert.Equal(new SendMessage("/quit is a command"), ChatCommand.Parse("//quit is a command"));
    }

    [Fact]
    public void Parse_UnknownSlashCommand_Unknown()
    {
        Assert.Equal(new UnknownCommand("/nick"), ChatCommand.Parse("/nick"));
    }

    [Theory]
    [InlineData("/verify")]
    [InlineData(" /VERIFY ")]
    public void Parse_Verify_VerifyCommand(string line)
    {
        Assert.IsType<VerifyCommand>(ChatCommand.Parse(line));
    }
}
