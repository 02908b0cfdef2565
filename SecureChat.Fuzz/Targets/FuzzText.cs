using System.Text;

namespace SecureChat.Fuzz.Targets;

/// <summary>
/// Turns fuzzer bytes into a .NET string for the parsers that take text. UTF-8 decodes as usual, and the
/// three-byte forms of surrogates (ED A0–BF xx, "WTF-8") become lone surrogate chars, so the fuzzer can reach
/// the ill-formed UTF-16 that a string from a WebSocket library never holds but a caller's string may.
/// Any other invalid byte becomes U+FFFD.
/// </summary>
internal static class FuzzText
{
    public static string Decode(ReadOnlySpan<byte> input)
    {
        var text = new StringBuilder(input.Length);
        while (!input.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(input, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                _ = text.Append(rune.ToString());
            }
            else if (input.Length >= 3 && input[0] == 0xED && input[1] is >= 0xA0 and <= 0xBF && input[2] is >= 0x80 and <= 0xBF)
            {
                _ = text.Append((char)(0xD000 | ((input[1] & 0x3F) << 6) | (input[2] & 0x3F)));
                consumed = 3;
            }
            else
            {
                _ = text.Append('\uFFFD');
                consumed = Math.Max(consumed, 1);
            }

            input = input[consumed..];
        }

        return text.ToString();
    }
}
