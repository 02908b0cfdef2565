using SecureChat.Cli;
using Spectre.Console.Testing;

namespace SecureChat.Core.Tests.Cli;

public sealed class CodeReaderTests
{
    [Fact]
    public void Read_TabCompletesEachWord_ThenEnterParses()
    {
        using var invite = RoomInvite.Create();
        var code = InviteText.Of(invite);
        var parts = code.Split('-');
        using var console = Console();
        // Type the room id and just enough of each word to be unique, pressing Tab after each.
        Type(console, parts[0] + "-");
        for (var i = 1; i < parts.Length; i++)
        {
            var prefix = UniquePrefix(parts[i]);
            if (prefix is null)
            {
                // A word that starts another word ("tune", "tuned") cannot complete uniquely: typed out.
                Type(console, parts[i] + (i < parts.Length - 1 ? "-" : string.Empty));
                continue;
            }

            Type(console, prefix);
            console.Input.PushKey(ConsoleKey.Tab);
        }

        console.Input.PushKey(ConsoleKey.Enter);

        using var read = new CodeReader(console, CodeWords.Sorted).Read();

        Assert.Equal(code, InviteText.Of(read));
        Assert.Contains(code, TerminalReplay.Of(console.Output).Lines.Select(static l => l.Replace(CodeReader.Prompt, string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_AmbiguousPrefix_ListsCandidates()
    {
        using var invite = RoomInvite.Create();
        var code = InviteText.Of(invite);
        using var console = Console();
        Type(console, "ROOM1234-ab");
        console.Input.PushKey(ConsoleKey.Tab);
        console.Input.PushKey(ConsoleKey.Escape);
        Type(console, code);
        console.Input.PushKey(ConsoleKey.Enter);

        using var read = new CodeReader(console, CodeWords.Sorted).Read();

        var candidates = CodeWords.Sorted.Where(static w => w.StartsWith("ab", StringComparison.Ordinal)).Take(3);
        Assert.All(candidates, c => Assert.Contains(c, console.Output, StringComparison.Ordinal));
        Assert.Contains("more)", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadCode_SaysSoAndAsksAgain()
    {
        using var invite = RoomInvite.Create();
        var code = InviteText.Of(invite);
        using var console = Console();
        TypeLine(console, "not-a-code");
        TypeLine(console, code);

        using var read = new CodeReader(console, CodeWords.Sorted).Read();

        Assert.Contains("That is not an invite code", console.Output, StringComparison.Ordinal);
        Assert.Equal(code, InviteText.Of(read));
    }

    private static string? UniquePrefix(string word)
    {
        for (var length = 1; length <= word.Length; length++)
        {
            var prefix = word[..length];
            if (CodeWords.Sorted.Count(w => w.StartsWith(prefix, StringComparison.Ordinal)) == 1)
            {
                return prefix;
            }
        }

        return null;
    }

    // TestConsoleInput.PushText marks upper-case letters as Ctrl (so 'U' would be Ctrl+U): push plain keys instead.
    private static void Type(TestConsole console, string text)
    {
        foreach (var c in text)
        {
            console.Input.PushKey(new ConsoleKeyInfo(c, ConsoleKey.NoName, shift: char.IsUpper(c), alt: false, control: false));
        }
    }

    private static void TypeLine(TestConsole console, string text)
    {
        Type(console, text);
        console.Input.PushKey(ConsoleKey.Enter);
    }

    private static TestConsole Console()
    {
        var console = new TestConsole().SupportsAnsi(true).EmitAnsiSequences();
        console.Profile.Width = 100;
        return console;
    }
}
