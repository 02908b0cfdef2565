using System.Text;

namespace SecureChat.Protocol;

/// <summary>
/// Makes text from a peer safe to print: escape sequences (CSI, OSC, DCS and the rest) are removed whole,
/// C0/C1 controls and DEL are dropped, tabs and line breaks become spaces, and bidirectional overrides
/// (which can make text read differently than it is stored) and unpaired surrogates are dropped.
/// </summary>
public static class TerminalText
{
    private const char Esc = '\u001B';
    private const char Bel = '\u0007';
    private const char Csi8Bit = '\u009B';
    private const char Osc8Bit = '\u009D';
    private const char St8Bit = '\u009C';

    /// <summary>Returns <paramref name="text"/> without anything a terminal would interpret.</summary>
    /// <param name="text">Untrusted text.</param>
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Esc)
            {
                i = SkipPair(text, SkipEscape(text, i));
            }
            else if (c == Csi8Bit)
            {
                i = SkipPair(text, SkipCsi(text, i + 1));
            }
            else if (c is Osc8Bit or '\u0090' or '\u009E' or '\u009F')
            {
                i = SkipString(text, i + 1);
            }
            else if (c is '\t' or '\n' or '\r')
            {
                output.Append(' ');
            }
            else if (char.IsSurrogate(c))
            {
                // Keep whole pairs only: a lone half would make the output ill-formed UTF-16.
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    output.Append(c).Append(text[++i]);
                }
            }
            else if (!char.IsControl(c) && !IsBidiControl(c))
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    /// <summary>Whether <paramref name="text"/> is already safe, i.e. <see cref="Sanitize"/> would not change it.</summary>
    /// <param name="text">Text to check.</param>
    public static bool IsSafe(string text) => string.Equals(Sanitize(text), text, StringComparison.Ordinal);

    // LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, plus the invisible marks LRM, RLM and ALM.
    private static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>Returns the index of the last character of the escape sequence starting at <paramref name="start"/>.</summary>
    private static int SkipEscape(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return start;
        }

        return text[start + 1] switch
        {
            '[' => SkipCsi(text, start + 2),
            ']' or 'P' or 'X' or '^' or '_' => SkipString(text, start + 2),
            // Two-character sequences (ESC c, ESC 7, charset selection ESC ( B ...): intermediates then a final byte.
            _ => SkipIntermediates(text, start + 1),
        };
    }

    /// <summary>A sequence's last character may be the high half of a pair; then the low half goes with it.</summary>
    private static int SkipPair(string text, int i) =>
        i + 1 < text.Length && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]) ? i + 1 : i;

    private static int SkipCsi(string text, int i)
    {
        // Parameter and intermediate bytes 0x20-0x3F, then one final byte 0x40-0x7E.
        while (i < text.Length && text[i] is >= ' ' and <= '?')
        {
            i++;
        }

        return Math.Min(i, text.Length - 1);
    }

    private static int SkipIntermediates(string text, int i)
    {
        while (i < text.Length - 1 && text[i] is >= ' ' and <= '/')
        {
            i++;
        }

        return i;
    }

    /// <summary>OSC, DCS, SOS, PM and APC strings run to BEL or the string terminator (ESC \ or 0x9C).</summary>
    private static int SkipString(string text, int i)
    {
        for (; i < text.Length; i++)
        {
            if (text[i] is Bel or St8Bit)
            {
                return i;
            }

            if (text[i] == Esc && i + 1 < text.Length && text[i + 1] == '\\')
            {
                return i + 1;
            }
        }

        return text.Length - 1;
    }
}
