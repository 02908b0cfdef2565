using System.Globalization;
using System.Text;

namespace SecureChat.Core.Tests.Cli;

/// <summary>
/// A tiny terminal for tests: replays what a console wrote (text, CR, LF, erase-line, cursor left/right; colours
/// and other sequences ignored) into the screen a user would see, with the cursor position.
/// </summary>
internal sealed class TerminalReplay
{
    private readonly List<StringBuilder> _rows = [new()];

    private TerminalReplay()
    {
    }

    public int Row { get; private set; }

    public int Column { get; private set; }

    /// <summary>The screen's rows, trailing blanks removed, the empty rows after the cursor's row dropped.</summary>
    public IReadOnlyList<string> Lines => _rows.Take(Row + 1).Select(static r => r.ToString().TrimEnd()).ToList();

    /// <summary>The row the cursor is on.</summary>
    public string CurrentLine => Lines[Row];

    public static TerminalReplay Of(string output)
    {
        var replay = new TerminalReplay();
        for (var i = 0; i < output.Length; i++)
        {
            var c = output[i];
            switch (c)
            {
                case '\n':
                    replay.Row++;
                    replay.Column = 0;
                    if (replay.Row == replay._rows.Count)
                    {
                        replay._rows.Add(new StringBuilder());
                    }

                    break;
                case '\r':
                    replay.Column = 0;
                    break;
                case '\u001b':
                    i = replay.Escape(output, i);
                    break;
                default:
                    replay.Put(c);
                    break;
            }
        }

        return replay;
    }

    private void Put(char c)
    {
        var row = _rows[Row];
        while (row.Length < Column)
        {
            row.Append(' ');
        }

        if (Column < row.Length)
        {
            row[Column] = c;
        }
        else
        {
            row.Append(c);
        }

        Column++;
    }

    private int Escape(string output, int start)
    {
        if (start + 1 < output.Length && output[start + 1] == ']')
        {
            // OSC (links): skip to BEL or ESC \.
            var end = start + 2;
            while (end < output.Length && output[end] != '\u0007' && !(output[end] == '\\' && output[end - 1] == '\u001b'))
            {
                end++;
            }

            return end;
        }

        var i = start + 2;
        while (i < output.Length && output[i] is >= ' ' and <= '?')
        {
            i++;
        }

        var parameters = output[(start + 2)..i];
        var n = int.TryParse(parameters, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
        switch (output[i])
        {
            case 'K' when parameters == "2":
                _rows[Row].Clear();
                break;
            case 'K':
                _rows[Row].Length = Math.Min(_rows[Row].Length, Column);
                break;
            case 'D':
                Column = Math.Max(0, Column - n);
                break;
            case 'C':
                Column += n;
                break;
        }

        return i;
    }
}
