using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The v2 data frame carrying one <see cref="SecureChannel"/> chunk:
/// <c>{"type":"SIGNAL","kind":"msg","p":"tchat/2","c":base64(chunk)}</c>. Parsing is as strict as
/// <see cref="HandshakeMessage.TryParse"/>: exactly these four fields, canonical base64, a chunk of a padding
/// bucket's size plus the tag, and it never throws on bad input.
/// </summary>
internal static class DataFrame
{
    /// <summary>The frame's <c>kind</c>.</summary>
    public const string KindName = "msg";

    /// <summary>The smallest chunk: the smallest bucket plus the secretstream tag.</summary>
    public static int MinChunkSize => ChannelPadding.Buckets[0] + IncrementalXChaCha20Poly1305.TagSize;

    /// <summary>The largest chunk: the largest bucket plus the secretstream tag.</summary>
    public const int MaxChunkSize = ChannelPadding.MaxBucket + IncrementalXChaCha20Poly1305.TagSize;

    /// <summary>The compact frame; base64 and the constants need no JSON escaping.</summary>
    public static string Encode(ReadOnlySpan<byte> chunk) =>
        $"{{\"type\":\"SIGNAL\",\"kind\":\"{KindName}\",\"p\":\"{HandshakeMessage.ProtocolName}\",\"c\":\"{Convert.ToBase64String(chunk)}\"}}";

    /// <summary>Parses a data frame; false for anything that is not exactly one.</summary>
    public static bool TryParse(string? json, [NotNullWhen(true)] out byte[]? chunk)
    {
        chunk = null;
        if (json is null || json.Length > HandshakeMessage.MaxFrameSize)
        {
            return false;
        }

        DataFrameWire? frame;
        try
        {
            frame = JsonSerializer.Deserialize(json, DataFrameJsonContext.Default.DataFrameWire);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false; // a lone surrogate cannot be transcoded, so the text is not JSON
        }

        if (frame is not { Type: "SIGNAL", Kind: KindName, Protocol: HandshakeMessage.ProtocolName, Chunk: { } text }
            || text.Length < ((MinChunkSize + 2) / 3) * 4 || text.Length > ((MaxChunkSize + 2) / 3) * 4)
        {
            return false;
        }

        var bytes = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written < MinChunkSize
            || !string.Equals(Convert.ToBase64String(bytes, 0, written), text, StringComparison.Ordinal))
        {
            return false; // whitespace, padding mistakes and non-zero pad bits all fail the round trip
        }

        chunk = bytes[..written];
        return true;
    }
}
