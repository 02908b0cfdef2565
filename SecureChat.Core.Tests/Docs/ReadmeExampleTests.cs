using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using SecureChat.Core.Tests.Integration;

namespace SecureChat.Core.Tests.Docs;

/// <summary>The README's code sample, compiled here and run against the real relay.</summary>
public sealed class ReadmeExampleTests
{
    // README-BEGIN
    private static async Task<string> ChatOnceAsync(Uri relay, RoomInvite invite, InviteRole role, string text)
    {
        // Hardened by default: the invite's words authenticate the key exchange; only its room id reaches the relay.
        using var session = new ChatSession(new ChatSessionOptions { RelayUri = relay, Invite = invite, Role = role });
        var connected = session.Events.OfType<Connected>().FirstAsync().ToTask();
        var reply = session.Events.OfType<MessageReceived>().FirstAsync().ToTask();
        session.Start();

        Console.WriteLine($"Read these words to your peer: {(await connected).SafetyNumber}");
        session.Send(text);
        var answer = (await reply).Text;
        await session.Quit();
        return answer;
    }
    // README-END

    [Fact]
    public async Task ReadmeExample_TwoPeers_ExchangeMessages()
    {
        await using var relay = await InProcessRelay.StartAsync();

        using var created = RoomInvite.Create();
        Span<char> code = stackalloc char[RoomInvite.MaxCodeLength];
        Assert.True(RoomInvite.TryParse(code[..created.WriteCode(code)], out var typed));
        using var joined = typed;

        var answers = await Task.WhenAll(
            ChatOnceAsync(relay.WebSocketUri, created, InviteRole.Creator, "hello from A"),
            ChatOnceAsync(relay.WebSocketUri, joined, InviteRole.Joiner, "hello from B")).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(["hello from B", "hello from A"], answers);
    }

    [Fact]
    public void ReadmeExample_IsTheCodeInTheReadme()
    {
        var source = RepositoryFiles.Read("SecureChat.Core.Tests/Docs/ReadmeExampleTests.cs");
        var begin = source.IndexOf("// README-BEGIN\n", StringComparison.Ordinal) + "// README-BEGIN\n".Length;
        var end = source.IndexOf("    // README-END", StringComparison.Ordinal);
        var method = string.Join('\n', source[begin..end].TrimEnd().Split('\n').Select(l => l.Length >= 4 ? l[4..] : l.TrimStart()))
            .Replace("private static async", "static async", StringComparison.Ordinal);

        var readmeBlock = RepositoryFiles.FencedBlock(RepositoryFiles.Read("README.md"), "```csharp");

        Assert.EndsWith(method, readmeBlock, StringComparison.Ordinal);
    }
}
