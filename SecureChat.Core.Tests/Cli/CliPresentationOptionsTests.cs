using SecureChat.Cli;
using SecureChat.Core.Tests.Docs;

namespace SecureChat.Core.Tests.Cli;

/// <summary>The options that change how the terminal looks (--qr, --no-color) and the man-page help.</summary>
public sealed class CliPresentationOptionsTests
{
    [Fact]
    public void Parse_NoColorAndQrWithCreate_Set()
    {
        Assert.True(CliArguments.TryParse(["create", "--qr", "--no-color"], null, out var options, out var error), error);

        Assert.True(options.Qr);
        Assert.True(options.NoColor);
        Assert.Equal(InviteRole.Creator, options.Invite);
    }

    [Fact]
    public void Parse_Defaults_ColourAndNoQr()
    {
        Assert.True(CliArguments.TryParse([], null, out var options, out _));

        Assert.False(options.Qr);
        Assert.False(options.NoColor);
    }

    [Theory]
    [InlineData("join", "--qr")]
    [InlineData("--legacy", "--qr")]
    public void Parse_QrWithoutANewCode_UsageError(params string[] args)
    {
        Assert.False(CliArguments.TryParse(args, null, out _, out var error));
        Assert.Contains("--qr", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ReadsLikeAManPage_EverySectionInOrder()
    {
        var lines = UsageText.Help.Split('\n');
        var headings = lines.Where(static l => l.Length > 0 && !char.IsWhiteSpace(l[0])).ToList();

        Assert.Equal(UsageText.Sections, headings);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("join")]
    [InlineData("--relay URI")]
    [InlineData("--qr")]
    [InlineData("--no-color")]
    [InlineData("--legacy")]
    [InlineData("--room CODE")]
    [InlineData("--version")]
    [InlineData("SECURECHAT_RELAY")]
    [InlineData("NO_COLOR")]
    [InlineData("/verify")]
    public void Help_MentionsEveryCommandOptionAndVariable(string item)
    {
        Assert.Contains(item, UsageText.Help, StringComparison.Ordinal);
    }

    [Fact]
    public void ManPage_InDocs_HasTheSameSections()
    {
        var page = RepositoryFiles.Read("docs/securechat.1.md");

        foreach (var section in UsageText.Sections)
        {
            Assert.Contains($"## {section}", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Packaging_BothExecutablesAreDotnetTools()
    {
        var root = RepositoryFiles.Root;

        AssertTool(Path.Combine(root, "SecureChat.Cli", "SecureChat.Cli.csproj"), "securechat");
        AssertTool(Path.Combine(root, "SecureChat.Relay", "SecureChat.Relay.csproj"), "securechat-relay");
    }

    private static void AssertTool(string project, string command)
    {
        var xml = System.Xml.Linq.XDocument.Load(project);
        string? Property(string name) => xml.Descendants(name).FirstOrDefault()?.Value;
        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal("true", Property("IsPackable"));
        Assert.Equal(command, Property("ToolCommandName"));
    }
}
