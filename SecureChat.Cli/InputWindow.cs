namespace SecureChat.Cli;

/// <summary>
/// Fits the input line into one terminal row: a line that wrapped could no longer be cleared and redrawn in
/// place, so a long buffer scrolls sideways around the cursor instead.
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
        var text = before + after;
        if (text.Length <= width)
        {
            return (text, before.Length);
        }

        // Keep the cursor in view: show from the start while it fits, else end the window at the cursor.
        var start = before.Length < width ? 0 : before.Length - width + 1;
        var visible = text.Substring(start, Math.Min(width, text.Length - start));
        return (visible, before.Length - start);
    }
}
