using System.Text;

namespace SecureChat.Cli;

/// <summary>
/// Wraps a message into terminal rows by display width: at spaces where it can, inside a word only when a word
/// is wider than the row, never inside a grapheme (an emoji or a CJK character is never split). Rows after the
/// first are indented under the text, past the time and sender, unless the terminal is too narrow for that.
/// </summary>
internal static class MessageLayout
{
    /// <summary>Below this many columns of text, continuation rows start at column 0 instead.</summary>
    private const int MinHangingText = 12;

    /// <summary>The rows: the first goes after a prefix <paramref name="prefixWidth"/> wide, the others after the returned indent.</summary>
    /// <param name="text">Displayable text (already sanitised: no controls, no line breaks).</param>
    /// <param name="prefixWidth">Columns the time and sender take on the first row.</param>
    /// <param name="width">Columns a row may use in all.</param>
    public static (IReadOnlyList<string> Rows, int Indent) Wrap(string text, int prefixWidth, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        width = Math.Max(width, 2);
        var indent = width - prefixWidth >= MinHangingText ? prefixWidth : 0;
        var rows = new List<string>();
        var row = new StringBuilder();
        var rowWidth = 0;
        var available = Math.Max(width - prefixWidth, 1);

        foreach (var word in Words(text))
        {
            var wordWidth = DisplayWidth.Of(word);
            var isSpace = word == " ";
            if (rowWidth + wordWidth > available && !isSpace && rowWidth > 0 && wordWidth <= width - indent)
            {
                // The word fits on a row of its own: break before it.
                rows.Add(row.ToString().TrimEnd());
                row.Clear();
                rowWidth = 0;
                available = width - indent;
            }

            foreach (var element in DisplayWidth.Elements(word))
            {
                var w = DisplayWidth.OfElement(element);
                if (rowWidth + w > available)
                {
                    if (isSpace)
                    {
                        break;
                    }

                    rows.Add(row.ToString().TrimEnd());
                    row.Clear();
                    rowWidth = 0;
                    available = width - indent;
                }

                if (rowWidth == 0 && isSpace && rows.Count > 0)
                {
                    continue;
                }

                row.Append(element);
                rowWidth += w;
            }
        }

        rows.Add(row.ToString().TrimEnd());
        return (rows, indent);
    }

    // Words and the single spaces between them, so spaces can be dropped at a break.
    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ')
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                yield return " ";
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
