using SecureChat.Cli;
using SecureChat.Core.Tests.Docs;

namespace SecureChat.Core.Tests.Cli;

public sealed class TransferArgumentsTests
{
    [Theory]
    [InlineData("pipe", "create")]
    [InlineData("pipe", "join")]
    public void Parse_Pipe_SetsPipeAndRole(string pipe, string role)
    {
        var options = Parse(pipe, role);

        Assert.True(options.Pipe);
        Assert.Equal(role == "create" ? InviteRole.Creator : InviteRole.Joiner, options.Invite);
    }

    [Theory]
    [InlineData("'pipe' needs 'create' or 'join'.", "pipe")]
    [InlineData("'pipe' needs 'create' or 'join'.", "pipe", "--relay", "ws://a")]
    [InlineData("'pipe' needs the hardened protocol; --legacy has no pipe.", "pipe", "create", "--legacy")]
    [InlineData("Unexpected argument 'pipe'.", "join", "pipe")]
    [InlineData("--accept-files is for hardened chats ('create' or 'join').", "pipe", "join", "--accept-files")]
    [InlineData("--qr is for the chat; 'pipe create' prints its code on stderr.", "pipe", "create", "--qr")]
    public void Parse_BadPipe_UsageError(string error, params string[] args)
    {
        Assert.False(CliArguments.TryParse(args, null, out _, out var actual));
        Assert.Equal(error, actual);
    }

    [Fact]
    public void Parse_Defaults_TwoGibibytesAndHomeDownloads()
    {
        var options = Parse("join");

        Assert.Equal(2L * 1024 * 1024 * 1024, options.MaxFileSize);
        Assert.EndsWith(Path.Combine("Downloads", "SecureChat"), options.DownloadsFolder, StringComparison.Ordinal);
        Assert.False(options.AcceptFiles);
        Assert.Null(options.ChunkInterval);
        Assert.False(options.Pipe);
    }

    [Fact]
    public void Parse_TransferOptions_Taken()
    {
        var options = Parse("join", "--downloads", "/tmp/in", "--max-file-size=10M", "--accept-files", "--chunk-interval", "0");

        Assert.Equal("/tmp/in", options.DownloadsFolder);
        Assert.Equal(10 * 1024 * 1024, options.MaxFileSize);
        Assert.True(options.AcceptFiles);
        Assert.Equal(TimeSpan.Zero, options.ChunkInterval);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("512k", 512 * 1024)]
    [InlineData("2G", 2L * 1024 * 1024 * 1024)]
    public void TryParseSize_Valid(string text, long bytes)
    {
        Assert.True(TransferArguments.TryParseSize(text, out var actual));
        Assert.Equal(bytes, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5G")]
    [InlineData("G")]
    [InlineData("1T")]
    [InlineData("99999999999999999G")]
    public void TryParseSize_Invalid(string text)
    {
        Assert.False(TransferArguments.TryParseSize(text, out _));
    }

    [Theory]
    [InlineData("--max-file-size", "lots")]
    [InlineData("--chunk-interval", "-5")]
    [InlineData("--chunk-interval", "99999")]
    public void Parse_BadTransferValue_UsageError(string name, string value)
    {
        Assert.False(CliArguments.TryParse(["join", name, value], null, out _, out var error));
        Assert.StartsWith(name, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DownloadsWithLegacy_UsageError()
    {
        Assert.False(CliArguments.TryParse(["--legacy", "--room", "ABCDEFGH", "--downloads", "/tmp"], null, out _, out _));
    }

    [Theory]
    [InlineData(true, "CODE", "Terminal")]
    [InlineData(true, null, "Terminal")]
    [InlineData(false, "K7Q2M9XR4T-a-b-c", "Environment")]
    [InlineData(false, " ", "None")]
    [InlineData(false, null, "None")]
    public void PipeCode_Choose_TerminalThenEnvironment(bool hasTerminal, string? environment, string source)
    {
        Assert.Equal(source, PipeCode.Choose(hasTerminal, environment).ToString());
    }

    [Fact]
    public void Help_And_ManPage_DescribeTheFileAndPipeInterface()
    {
        var page = RepositoryFiles.Read("docs/securechat.1.md");
        string[] items =
        [
            "pipe create", "pipe join", "--downloads DIR", "--max-file-size SIZE", "--accept-files", "--chunk-interval MS",
            "SECURECHAT_CODE", "FILE_OFFERED", "FILE_PROGRESS", "FILE_DONE", "FILE_CANCELLED", "FILE_DECLINED", "FILE_ERROR",
            "/send PATH", "/accept [ID]", "/decline [ID]", "/cancel [ID]",
        ];
        foreach (var item in items)
        {
            Assert.Contains(item, UsageText.Help, StringComparison.Ordinal);
            Assert.Contains(item, page, StringComparison.Ordinal);
        }
    }

    private static CliOptions Parse(params string[] args) =>
        CliArguments.TryParse(args, null, out var options, out var error) ? options : throw new InvalidOperationException(error);
}
