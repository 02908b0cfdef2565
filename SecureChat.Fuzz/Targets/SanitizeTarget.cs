using SecureChat.Protocol;

namespace SecureChat.Fuzz.Targets;

/// <summary>
/// <see cref="TerminalText.Sanitize"/>: never throws; the output is <see cref="TerminalText.IsSafe"/> (so sanitizing
/// is idempotent), is no longer than the input, and, checked independently of the implementation, holds no control
/// character, no bidirectional control and no unpaired surrogate; safe input comes back unchanged.
/// </summary>
internal static class SanitizeTarget
{
    public static void Run(ReadOnlySpan<byte> input)
    {
        var text = FuzzText.Decode(input);
        var safe = TerminalText.Sanitize(text);
        PropertyViolationException.Check(TerminalText.IsSafe(safe), "output is not safe");
        PropertyViolationException.Check(string.Equals(TerminalText.Sanitize(safe), safe, StringComparison.Ordinal), "not idempotent");
        PropertyViolationException.Check(safe.Length <= text.Length, "output is longer than the input");
        PropertyViolationException.Check(!TerminalText.IsSafe(text) || string.Equals(safe, text, StringComparison.Ordinal), "safe input changed");

        for (var i = 0; i < safe.Length; i++)
        {
            var c = safe[i];
            PropertyViolationException.Check(!char.IsControl(c), $"control U+{(int)c:X4} in output");
            PropertyViolationException.Check(
                c is not ((>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'),
                $"bidi control U+{(int)c:X4} in output");
            if (char.IsHighSurrogate(c))
            {
                PropertyViolationException.Check(i + 1 < safe.Length && char.IsLowSurrogate(safe[i + 1]), "unpaired high surrogate in output");
                i++;
            }
            else
            {
                PropertyViolationException.Check(!char.IsLowSurrogate(c), "unpaired low surrogate in output");
            }
        }
    }
}
