using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The strict reader behind <see cref="DataFrame.TryParse"/>, on a <see cref="Utf8JsonReader"/> instead of the
/// serializer: it accepts exactly what the source-generated <c>DataFrameWire</c> contract did (one object; the
/// four fields once each, names case-sensitive, escapes allowed; string values; nothing after it) without
/// allocating the field strings. Throws <see cref="JsonException"/> on text that is not JSON; the caller catches it.
/// </summary>
internal static class DataFrameReader
{
    private const int SeenType = 1;
    private const int SeenKind = 2;
    private const int SeenProtocol = 4;
    private const int SeenChunk = 8;
    private const int SeenAll = SeenType | SeenKind | SeenProtocol | SeenChunk;

    public static bool TryRead(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out byte[]? chunk)
    {
        chunk = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 2 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0;
        byte[]? decoded = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("type"u8) ? SeenType
                : reader.ValueTextEquals("kind"u8) ? SeenKind
                : reader.ValueTextEquals("p"u8) ? SeenProtocol
                : reader.ValueTextEquals("c"u8) ? SeenChunk
                : 0;
            if (field == 0 || (seen & field) != 0 || !reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return false; // unknown or repeated field, or a value that is not a string
            }

            seen |= field;
            var valid = field switch
            {
                SeenType => reader.ValueTextEquals("SIGNAL"u8),
                SeenKind => reader.ValueTextEquals("msg"u8),
                SeenProtocol => reader.ValueTextEquals("tchat/2"u8),
                _ => TryDecodeChunk(ref reader, out decoded),
            };
            if (!valid)
            {
                return false;
            }
        }

        // The loop ends at the object's end (or the reader threw); anything after it makes Read throw.
        if (reader.TokenType != JsonTokenType.EndObject || seen != SeenAll || reader.Read())
        {
            return false;
        }

        chunk = decoded;
        return chunk is not null;
    }

    private static bool TryDecodeChunk(ref Utf8JsonReader reader, out byte[]? chunk)
    {
        chunk = null;
        if (!reader.ValueIsEscaped)
        {
            return TryDecodeCanonical(reader.ValueSpan, out chunk);
        }

        var rented = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var length = reader.CopyString(rented);
            return TryDecodeCanonical(rented.AsSpan(0, length), out chunk);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // Canonical means: what Convert.ToBase64String gives back for the decoded bytes. Comparing with a re-encoding
    // rules out whitespace, missing padding and non-zero pad bits in one check.
    private static bool TryDecodeCanonical(ReadOnlySpan<byte> base64, out byte[]? chunk)
    {
        chunk = null;
        if (base64.Length < EncodedLength(DataFrame.MinChunkSize) || base64.Length > EncodedLength(DataFrame.MaxChunkSize)
            || base64.Length % 4 != 0)
        {
            return false;
        }

        var size = (base64.Length / 4 * 3) - (base64[^1] == '=' ? 1 : 0) - (base64[^2] == '=' ? 1 : 0);
        if (size < DataFrame.MinChunkSize)
        {
            return false;
        }

        var bytes = new byte[size];
        if (Base64.DecodeFromUtf8(base64, bytes, out var consumed, out var written) != OperationStatus.Done
            || consumed != base64.Length || written != size)
        {
            return false;
        }

        var rented = ArrayPool<byte>.Shared.Rent(base64.Length);
        try
        {
            if (Base64.EncodeToUtf8(bytes, rented, out _, out var encoded) != OperationStatus.Done
                || !rented.AsSpan(0, encoded).SequenceEqual(base64))
            {
                return false;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        chunk = bytes;
        return true;
    }

    private static int EncodedLength(int size) => (size + 2) / 3 * 4;
}
