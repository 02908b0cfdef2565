using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The v2 data frame carrying one <see cref="SecureChannel"/> chunk:
/// <c>{"type":"SIGNAL","kind":"msg","p":"tchat/2","c":base64(chunk)}</c>. Parsing is as strict as
/// <see cref="HandshakeMessage.TryParse"/>: exactly these four fields, canonical base64, a chunk of a padding
/// bucket's size plus the tag, and it never throws on bad input. This is the per-message hot path, so both
/// directions work on spans and pooled buffers: the only allocations are the frame string and the chunk array.
/// </summary>
internal static class DataFrame
{
    /// <summary>The frame's <c>kind</c>.</summary>
    public const string KindName = "msg";

    /// <summary>The largest chunk: the largest bucket plus the secretstream tag.</summary>
    public const int MaxChunkSize = ChannelPadding.MaxBucket + IncrementalXChaCha20Poly1305.TagSize;

    private const string Prefix = $"{{\"type\":\"SIGNAL\",\"kind\":\"{KindName}\",\"p\":\"{HandshakeMessage.ProtocolName}\",\"c\":\"";
    private const string Suffix = "\"}";

    /// <summary>The smallest chunk: the smallest bucket plus the secretstream tag.</summary>
    public static int MinChunkSize => ChannelPadding.Buckets[0] + IncrementalXChaCha20Poly1305.TagSize;

    /// <summary>
    /// The compact frame; base64 and the constants need no JSON escaping. Written straight into the string, which
    /// the transport needs anyway: a <see cref="Utf8JsonWriter"/> would write UTF-8 that then had to be transcoded.
    /// </summary>
    public static string Encode(ReadOnlySpan<byte> chunk)
    {
        var length = Prefix.Length + Base64.GetMaxEncodedToUtf8Length(chunk.Length) + Suffix.Length;
        return string.Create(length, chunk, static (frame, chunk) =>
        {
            Prefix.CopyTo(frame);
            _ = Convert.TryToBase64Chars(chunk, frame[Prefix.Length..], out var written);
            Suffix.CopyTo(frame[(Prefix.Length + written)..]);
        });
    }

    /// <summary>Parses a data frame; false for anything that is not exactly one.</summary>
    public static bool TryParse(string? json, [NotNullWhen(true)] out byte[]? chunk)
    {
        chunk = null;

        // Every accepted frame is ASCII: JSON whitespace and escapes are, the three constants and base64 are, and a
        // non-ASCII character anywhere else makes the frame invalid. So ASCII is also a 1:1 transcoding to UTF-8.
        if (json is null || json.Length > HandshakeMessage.MaxFrameSize || !Ascii.IsValid(json))
        {
            return false;
        }

        var rented = ArrayPool<byte>.Shared.Rent(json.Length);
        try
        {
            var utf8 = rented.AsSpan(0, json.Length);
            _ = Ascii.FromUtf16(json, utf8, out _);
            return TryParseUtf8(utf8, out chunk);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool TryParseUtf8(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out byte[]? chunk)
    {
        chunk = null;
        try
        {
            return DataFrameReader.TryRead(utf8, out chunk);
        }
        catch (JsonException)
        {
            return false; // not JSON, or JSON followed by more text
        }
        catch (InvalidOperationException)
        {
            return false; // an escaped lone surrogate ("\ud800") cannot be compared or copied as text
        }
    }
}
