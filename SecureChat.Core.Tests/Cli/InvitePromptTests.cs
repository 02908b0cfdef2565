using SecureChat.Cli;
using Spectre.Console.Testing;

namespace SecureChat.Core.Tests.Cli;

public sealed class InvitePromptTests
{
    [Fact]
    public void Create_OtherRelay_ShowsCodeAndTheExactJoinCommand()
    {
        using var console = new TestConsole();
        console.Profile.Width = 100;

        using var invite = new InvitePrompt(console).Create(new Uri("wss://chat.example.org"));

        Assert.Contains(InviteText.Of(invite), console.Output, StringComparison.Ordinal);
        Assert.Contains("securechat join --relay wss://chat.example.org", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("▀", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Qr_DrawsTheCodesQrBelowThePanel()
    {
        using var console = new TestConsole();
        console.Profile.Width = 100;

        using var invite = new InvitePrompt(console).Create(ChatSessionOptions.DefaultRelayUri, qr: true);

        foreach (var row in QrText.Render(InviteText.Of(invite)))
        {
            Assert.Contains(row, console.Lines);
        }

        // The default relay needs no --relay in the command the peer types.
        Assert.Contains(console.Lines, static l => l.Trim('│', ' ') == "securechat join");
    }
}
