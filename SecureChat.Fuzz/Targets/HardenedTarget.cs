using Geralt;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Fuzz.Targets;

/// <summary>
/// <see cref="HandshakeMessage.TryParse"/> and <see cref="DataFrame.TryParse"/>: never throw; a parsed handshake has
/// valid fields, is the one kind its kind-specific parser accepts, and re-encodes to a frame that parses to the same
/// message; a data chunk lies within the smallest and largest bucket plus the tag and round-trips; no text is both.
/// </summary>
internal static class HardenedTarget
{
    public static void Run(ReadOnlySpan<byte> input)
    {
        var text = FuzzText.Decode(input);
        var isHandshake = HandshakeMessage.TryParse(text, out var message);
        var isData = DataFrame.TryParse(text, out var chunk);
        PropertyViolationException.Check(!(isHandshake && isData), "text parses as both a handshake and a data frame");

        PropertyViolationException.Check(Hs1.TryParse(text, out _) == message is Hs1, "Hs1.TryParse disagrees");
        PropertyViolationException.Check(Hs2.TryParse(text, out _) == message is Hs2, "Hs2.TryParse disagrees");
        PropertyViolationException.Check(Hs3.TryParse(text, out _) == message is Hs3, "Hs3.TryParse disagrees");
        PropertyViolationException.Check(Hs4.TryParse(text, out _) == message is Hs4, "Hs4.TryParse disagrees");

        if (message is not null)
        {
            PropertyViolationException.Check(message.HasValidFields, $"{message.Kind} parsed with invalid fields");
            var wire = message.Encode();
            PropertyViolationException.Check(HandshakeMessage.TryParse(wire, out var again), $"re-encoded {message.Kind} does not parse");
            PropertyViolationException.Check(
                again.GetType() == message.GetType() && string.Equals(again.Encode(), wire, StringComparison.Ordinal),
                $"re-encoded {message.Kind} parses to a different message");
        }

        if (chunk is not null)
        {
            // The parser bounds the size; the exact bucket is SecureChannel's check (DataFrameTests accept 274 bytes).
            PropertyViolationException.Check(
                chunk.Length is >= 256 + IncrementalXChaCha20Poly1305.TagSize and <= ChannelPadding.MaxBucket + IncrementalXChaCha20Poly1305.TagSize,
                $"data chunk of {chunk.Length} bytes is outside the bucket bounds");
            PropertyViolationException.Check(
                DataFrame.TryParse(DataFrame.Encode(chunk), out var again) && again.AsSpan().SequenceEqual(chunk),
                "re-encoded data frame does not parse to the same chunk");
        }
    }
}
