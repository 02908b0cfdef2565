namespace SecureChat.Cli;

/// <summary>
/// Fits the input line into one terminal row: a line that wrapped could no longer be cleared and redrawn in
/// place, so a long buffer scrolls sideways around the cursor instead. Widths are display columns (a CJK
/// character or an emoji takes two), and a grapheme is never cut in half.
/// </summary>
internal static class InputWindow
{
    /// <summary>The visible slice of <paramref name="before"/> + <paramref name="after"/> and the cursor's column in it.</summary>
    /// <param name="before">Displayable text left of the cursor.</param>
    /// <param name="after">Displayable text right of the cursor.</param>
    /// <param name="width">Columns available (at least 1 is assumed).</param>
    public static (string Visible, int Column) Fit(string before, string after, int width)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        width = Math.Max(width, 1);
        var beforeWidth = DisplayWidth.Of(before);
        if (beforeWidth + DisplayWidth.Of(after) <= width)
        {
            return (before + after, beforeWidth);
        }

        // Keep the cursor in view: show from the start while it fits, else end the window at the cursor.
        var left = beforeWidth < width ? before : Tail(before, width - 1);
        var column = DisplayWidth.Of(left);
        return (left + Head(after, width - column), column);
    }

    private static string Head(string text, int width)
    {
        var used = 0;
        var count = 0;
        foreach (var element in DisplayWidth.Elements(text))
        {
            used += DisplayWidth.OfElement(element);
            if (used > width)
            {
                break;
            }

            count += element.Length;
        }

        return text[..count];
    }

    private static string Tail(string text, int width)
    {
        var elements = DisplayWidth.Elements(text).ToList();
        var used = 0;
        var count = 0;
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            used += DisplayWidth.OfElement(elements[i]);
            if (used > width)
            {
                break;
            }

            count += elements[i].Length;
        }

        return text[^count..];
    }
}
