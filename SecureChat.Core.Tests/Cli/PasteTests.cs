using SecureChat.Protocol;
using SecureChat.Cli;
using Spectre.Console.Testing;

namespace SecureChat.Core.Tests.Cli;

/// <summary>
/// A multi-line paste arrives as keys with Enter between the lines and more keys already waiting: it becomes
/// one message, its lines joined with a visible separator; only an Enter with nothing waiting sends.
/// </summary>
public sealed class PasteTests
{
    [Fact]
    public void Apply_PastedLines_JoinedIntoOneMessage()
    {
        var editor = new LineEditor();
        var sent = Feed(editor, "first line\nsecond line\nthird\n");

        Assert.Equal([$"first line{LineEditor.PasteSeparatorText}second line{LineEditor.PasteSeparatorText}third"], sent);
        Assert.Equal(string.Empty, editor.Text);
    }

    [Fact]
    public void Apply_PasteWithoutFinalNewline_StaysInTheBufferUntilEnter()
    {
        var editor = new LineEditor();

        var sent = Feed(editor, "one\ntwo");

        Assert.Empty(sent);
        Assert.Equal($"one{LineEditor.PasteSeparatorText}two", editor.Text);
        Assert.Equal(editor.Text.Length, editor.Cursor);
    }

    [Fact]
    public void Apply_LeadingBlankLinesInPaste_Dropped()
    {
        var editor = new LineEditor();

        var sent = Feed(editor, "\n\nhello\n");

        Assert.Equal(["hello"], sent);
    }

    [Fact]
    public void Apply_TypedEnter_SendsAsBefore()
    {
        var editor = new LineEditor();
        foreach (var c in "hi")
        {
            editor.Apply(new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false));
        }

        Assert.Equal("hi", editor.Apply(new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false), morePending: false));
    }

    [Fact]
    public void Screen_JoinedPaste_ShownOnTheInputLineWithTheSeparator()
    {
        using var console = new TestConsole().SupportsAnsi(true).EmitAnsiSequences();
        console.Profile.Width = 60;
        var screen = new ChatScreen(console, TimeZoneInfo.Utc);
        var editor = new LineEditor();
        screen.StartInput();

        Feed(editor, "a\nb");
        screen.UpdateInput(editor.Text, editor.Cursor);

        Assert.Equal($"> a{LineEditor.PasteSeparatorText}b", TerminalReplay.Of(console.Output).CurrentLine);
    }

    [Fact]
    public void Separator_SurvivesTheDisplaySanitiser()
    {
        Assert.Equal(LineEditor.PasteSeparatorText, TerminalText.Sanitize(LineEditor.PasteSeparatorText));
    }

    // Feeds text as a terminal paste would: every key but the last has more keys waiting behind it.
    private static List<string> Feed(LineEditor editor, string text)
    {
        var sent = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var key = text[i] == '\n'
                ? new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false)
                : new ConsoleKeyInfo(text[i], ConsoleKey.NoName, false, false, false);
            if (editor.Apply(key, morePending: i < text.Length - 1) is { } line)
            {
                sent.Add(line);
            }
        }

        return sent;
    }
}
