using System.Globalization;
using Spectre.Console;

namespace SecureChat.Cli;

/// <summary>
/// Terminal columns, counted per grapheme (what the user sees as one character): Spectre's cell widths give
/// each code point 0, 1 or 2 columns; a cluster (emoji with modifiers, ZWJ sequences) is capped at 2, which
/// is what terminals draw.
/// </summary>
internal static class DisplayWidth
{
    /// <summary>The columns <paramref name="text"/> takes.</summary>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            width += OfElement(elements.GetTextElement());
        }

        return width;
    }

    /// <summary>The columns one grapheme takes.</summary>
    public static int OfElement(string element) => Math.Min(2, element.GetCellWidth());

    /// <summary>The graphemes of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Elements(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }

    /// <summary>The longest start of <paramref name="text"/> that fits in <paramref name="width"/> columns, with "…" if cut.</summary>
    public static string Truncate(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Of(text) <= width)
        {
            return text;
        }

        var used = 0;
        var kept = new System.Text.StringBuilder();
        foreach (var element in Elements(text))
        {
            var w = OfElement(element);
            if (used + w > width - 1)
            {
                break;
            }

            kept.Append(element);
            used += w;
        }

        return width <= 0 ? string.Empty : kept.Append('…').ToString();
    }
}
