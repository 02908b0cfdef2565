using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class FileCommandTests
{
    [Theory]
    [InlineData("/send report.pdf", "report.pdf")]
    [InlineData("  /SEND   ~/My Files/report.pdf  ", "~/My Files/report.pdf")]
    [InlineData("/send \"a b.txt\"", "a b.txt")]
    [InlineData("/send 'a b.txt'", "a b.txt")]
    public void Parse_Send_TakesTheRestOfTheLineAsThePath(string line, string path)
    {
        Assert.Equal(new SendFileCommand(path), ChatCommand.Parse(line));
    }

    [Fact]
    public void Parse_SendWithoutPath_HasNoPath()
    {
        Assert.Equal(new SendFileCommand(null), ChatCommand.Parse("/send"));
    }

    [Theory]
    [InlineData("/accept", null)]
    [InlineData("/accept 1a2b3c4d", "1a2b3c4d")]
    [InlineData("/Accept   1A2B ", "1A2B")]
    public void Parse_Accept_IdIsOptional(string line, string? id)
    {
        Assert.Equal(new AcceptFileCommand(id), ChatCommand.Parse(line));
    }

    [Theory]
    [InlineData("/decline", null)]
    [InlineData("/decline 1a2b3c4d", "1a2b3c4d")]
    public void Parse_Decline_IdIsOptional(string line, string? id)
    {
        Assert.Equal(new DeclineFileCommand(id), ChatCommand.Parse(line));
    }

    [Theory]
    [InlineData("/cancel", null)]
    [InlineData("/CANCEL 00112233445566778899aabbccddeeff", "00112233445566778899aabbccddeeff")]
    public void Parse_Cancel_IdIsOptional(string line, string? id)
    {
        Assert.Equal(new CancelFileCommand(id), ChatCommand.Parse(line));
    }

    [Theory]
    [InlineData("/sender")]
    [InlineData("/acceptall")]
    public void Parse_LongerWord_IsUnknown(string line)
    {
        Assert.IsType<UnknownCommand>(ChatCommand.Parse(line));
    }

    [Fact]
    public void Parse_DoubleSlashSend_IsAMessage()
    {
        Assert.Equal(new SendMessage("/send x"), ChatCommand.Parse("//send x"));
    }

    [Theory]
    [InlineData("/send PATH")]
    [InlineData("/accept [ID]")]
    [InlineData("/decline [ID]")]
    [InlineData("/cancel [ID]")]
    public void HelpTable_ListsTheFileCommands(string name)
    {
        Assert.Contains(ChatCommands.All, c => c.Name == name);
    }
}
