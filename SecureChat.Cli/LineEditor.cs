using System.Text;

namespace SecureChat.Cli;

/// <summary>
/// The input line's buffer and cursor, driven by keys. No console here: <see cref="ChatScreen"/> draws it and
/// tests drive it with plain <see cref="ConsoleKeyInfo"/> values.
/// </summary>
internal sealed class LineEditor
{
    /// <summary>
    /// What a line break inside a paste becomes. The core would accept a line break, but every screen turns it
    /// into a space (TerminalText), so the lines would silently run together; a visible mark keeps them apart
    /// on both screens and in the scripted output.
    /// </summary>
    public const string PasteSeparatorText = " ⏎ ";

    private readonly StringBuilder _buffer = new();

    /// <summary>What is typed so far (raw: the screen sanitises it for display).</summary>
    public string Text => _buffer.ToString();

    /// <summary>The insertion point, in UTF-16 units from the start of <see cref="Text"/>.</summary>
    public int Cursor { get; private set; }

    /// <summary>Applies one key; returns the finished line on Enter (and empties the buffer), otherwise <see langword="null"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="morePending">
    /// Whether more keys were already waiting when this one was read. An Enter followed at once by more input
    /// is a line break inside a paste, not the user pressing Enter: it joins the lines with <see cref="PasteSeparatorText"/>.
    /// </param>
    public string? Apply(ConsoleKeyInfo key, bool morePending = false)
    {
        var control = key.Modifiers.HasFlag(ConsoleModifiers.Control);
        switch (key.Key)
        {
            case ConsoleKey.Enter when morePending:
                if (_buffer.Length > 0)
                {
                    Insert(PasteSeparatorText);
                }

                break;
            case ConsoleKey.Enter:
                var line = Text;
                Clear();
                return line;
            case ConsoleKey.Backspace when Cursor > 0:
                var back = StepBack();
                _buffer.Remove(Cursor - back, back);
                Cursor -= back;
                break;
            case ConsoleKey.Delete when Cursor < _buffer.Length:
                _buffer.Remove(Cursor, StepForward());
                break;
            case ConsoleKey.LeftArrow when Cursor > 0:
                Cursor -= StepBack();
                break;
            case ConsoleKey.RightArrow when Cursor < _buffer.Length:
                Cursor += StepForward();
                break;
            case ConsoleKey.Home:
            case ConsoleKey.A when control:
                Cursor = 0;
                break;
            case ConsoleKey.End:
            case ConsoleKey.E when control:
                Cursor = _buffer.Length;
                break;
            case ConsoleKey.U when control:
                _buffer.Remove(0, Cursor);
                Cursor = 0;
                break;
            case ConsoleKey.Escape:
                Clear();
                break;
            default:
                // Special keys carry '\0'; control characters never enter the buffer.
                if (key.KeyChar != '\0' && !char.IsControl(key.KeyChar))
                {
                    _buffer.Insert(Cursor, key.KeyChar);
                    Cursor++;
                }

                break;
        }

        return null;
    }

    /// <summary>Replaces the whole buffer (a completion) and puts the cursor at its end.</summary>
    public void SetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _buffer.Clear().Append(text);
        Cursor = text.Length;
    }

    private void Insert(string text)
    {
        _buffer.Insert(Cursor, text);
        Cursor += text.Length;
    }

    private void Clear()
    {
        _buffer.Clear();
        Cursor = 0;
    }

    // A surrogate pair is one character to the user: step over both halves together.
    private int StepBack() =>
        Cursor >= 2 && char.IsLowSurrogate(_buffer[Cursor - 1]) && char.IsHighSurrogate(_buffer[Cursor - 2]) ? 2 : 1;

    private int StepForward() =>
        Cursor + 1 < _buffer.Length && char.IsHighSurrogate(_buffer[Cursor]) && char.IsLowSurrogate(_buffer[Cursor + 1]) ? 2 : 1;
}
