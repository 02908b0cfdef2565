using SecureChat.Cli;
using Spectre.Console.Testing;

namespace SecureChat.Core.Tests.Cli;

public sealed class RoomPromptTests
{
    [Fact]
    public void Ask_ValidLowerCase_ReturnsUpperCase()
    {
        using var console = new TestConsole().Interactive();
        console.Input.PushTextWithEnter("abcd1234");

        Assert.Equal("ABCD1234", new RoomPrompt(console).Ask());
    }

    [Fact]
    public void Ask_InvalidThenValid_ExplainsRuleAndAsksAgain()
    {
        using var console = new TestConsole().Interactive();
        console.Input.PushTextWithEnter("short");
        console.Input.PushTextWithEnter("ROOM-2026");
        console.Input.PushTextWithEnter("ROOM2026");

        var room = new RoomPrompt(console).Ask();

        Assert.Equal("ROOM2026", room);
        Assert.Equal(2, console.Lines.Count(static l => l.Contains(RoomInput.Rule, StringComparison.Ordinal)));
        Assert.Equal(3, console.Lines.Count(static l => l.StartsWith("Room code:", StringComparison.Ordinal)));
    }
}
