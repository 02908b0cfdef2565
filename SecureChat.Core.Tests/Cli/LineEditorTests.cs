using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class LineEditorTests
{
    [Fact]
    public void Type_Characters_InsertedAtCursor()
    {
        var editor = Typed("hello");

        Assert.Equal("hello", editor.Text);
        Assert.Equal(5, editor.Cursor);
    }

    [Fact]
    public void Backspace_AtEnd_RemovesLastCharacter()
    {
        var editor = Typed("hello");

        editor.Apply(Key(ConsoleKey.Backspace, '\b'));

        Assert.Equal("hell", editor.Text);
        Assert.Equal(4, editor.Cursor);
    }

    [Fact]
    public void Backspace_AtStart_DoesNothing()
    {
        var editor = Typed("hi");
        editor.Apply(Key(ConsoleKey.Home));

        editor.Apply(Key(ConsoleKey.Backspace, '\b'));

        Assert.Equal("hi", editor.Text);
        Assert.Equal(0, editor.Cursor);
    }

    [Fact]
    public void LeftThenType_InsertsInTheMiddle()
    {
        var editor = Typed("helo");
        editor.Apply(Key(ConsoleKey.LeftArrow));

        Type(editor, "l");

        Assert.Equal("hello", editor.Text);
        Assert.Equal(4, editor.Cursor);
    }

    [Fact]
    public void Right_AtEnd_StaysAtEnd()
    {
        var editor = Typed("ab");

        editor.Apply(Key(ConsoleKey.RightArrow));

        Assert.Equal(2, editor.Cursor);
    }

    [Fact]
    public void HomeAndEnd_MoveToTheEdges()
    {
        var editor = Typed("abc");

        editor.Apply(Key(ConsoleKey.Home));
        Assert.Equal(0, editor.Cursor);
        editor.Apply(Key(ConsoleKey.RightArrow));
        Assert.Equal(1, editor.Cursor);
        editor.Apply(Key(ConsoleKey.End));
        Assert.Equal(3, editor.Cursor);
    }

    [Fact]
    public void CtrlAAndCtrlE_MoveToTheEdges()
    {
        var editor = Typed("abc");

        editor.Apply(Key(ConsoleKey.A, '\u0001', control: true));
        Assert.Equal(0, editor.Cursor);
        Assert.Equal("abc", editor.Text);
        editor.Apply(Key(ConsoleKey.E, '\u0005', control: true));
        Assert.Equal(3, editor.Cursor);
    }

    [Fact]
    public void Delete_RemovesCharacterUnderCursor()
    {
        var editor = Typed("abc");
        editor.Apply(Key(ConsoleKey.Home));

        editor.Apply(Key(ConsoleKey.Delete));

        Assert.Equal("bc", editor.Text);
        Assert.Equal(0, editor.Cursor);
    }

    [Fact]
    public void Delete_AtEnd_DoesNothing()
    {
        var editor = Typed("abc");

        editor.Apply(Key(ConsoleKey.Delete));

        Assert.Equal("abc", editor.Text);
    }

    [Fact]
    public void Enter_ReturnsLineAndEmptiesBuffer()
    {
        var editor = Typed("hello");
        editor.Apply(Key(ConsoleKey.LeftArrow));

        var line = editor.Apply(Key(ConsoleKey.Enter, '\r'));

        Assert.Equal("hello", line);
        Assert.Equal(string.Empty, editor.Text);
        Assert.Equal(0, editor.Cursor);
    }

    [Fact]
    public void Enter_OnEmptyBuffer_ReturnsEmptyLine()
    {
        Assert.Equal(string.Empty, new LineEditor().Apply(Key(ConsoleKey.Enter, '\r')));
    }

    [Fact]
    public void OtherKeys_ReturnNoLine()
    {
        Assert.Null(new LineEditor().Apply(Key(ConsoleKey.A, 'a')));
    }

    [Fact]
    public void CtrlU_ClearsToTheStart()
    {
        var editor = Typed("hello world");
        for (var i = 0; i < 5; i++)
        {
            editor.Apply(Key(ConsoleKey.LeftArrow));
        }

        editor.Apply(Key(ConsoleKey.U, '\u0015', control: true));

        Assert.Equal("world", editor.Text);
        Assert.Equal(0, editor.Cursor);
    }

    [Fact]
    public void Escape_ClearsTheLine()
    {
        var editor = Typed("oops");

        editor.Apply(Key(ConsoleKey.Escape, '\u001b'));

        Assert.Equal(string.Empty, editor.Text);
        Assert.Equal(0, editor.Cursor);
    }

    [Fact]
    public void ControlCharacters_NeverEnterTheBuffer()
    {
        var editor = new LineEditor();

        editor.Apply(Key(ConsoleKey.Tab, '\t'));
        editor.Apply(Key(ConsoleKey.F1));
        editor.Apply(Key(ConsoleKey.B, '\u0002', control: true));

        Assert.Equal(string.Empty, editor.Text);
    }

    [Fact]
    public void SurrogatePair_BackspaceAndArrowsTreatItAsOneCharacter()
    {
        var editor = Typed("a\U0001F600");
        Assert.Equal(3, editor.Cursor);

        editor.Apply(Key(ConsoleKey.LeftArrow));
        Assert.Equal(1, editor.Cursor);
        editor.Apply(Key(ConsoleKey.RightArrow));
        Assert.Equal(3, editor.Cursor);
        editor.Apply(Key(ConsoleKey.Backspace, '\b'));

        Assert.Equal("a", editor.Text);
    }

    private static LineEditor Typed(string text)
    {
        var editor = new LineEditor();
        Type(editor, text);
        return editor;
    }

    private static void Type(LineEditor editor, string text)
    {
        foreach (var c in text)
        {
            var key = char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : ConsoleKey.NoName;
            Assert.Null(editor.Apply(Key(key, c)));
        }
    }

    private static ConsoleKeyInfo Key(ConsoleKey key, char c = '\0', bool control = false) => new(c, key, false, false, control);
}
