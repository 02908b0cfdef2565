using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// One of the four v2 handshake messages (design §6.2). Binary fields are exact-length; hashing never uses the
/// JSON text, so a relay that re-serialises frames changes nothing. Parsing never throws on bad input.
/// </summary>
internal abstract record HandshakeMessage
{
    /// <summary>The <c>p</c> field of every v2 frame, also the domain label in every hash.</summary>
    public const string ProtocolName = "tchat/2";

    /// <summary>Frames larger than this are refused before parsing (design §6.7).</summary>
    public const int MaxFrameSize = 128 * 1024;

    /// <summary>Random nonces nA and nB.</summary>
    public const int NonceSize = 32;

    /// <summary>Commitment and confirmation tags (BLAKE2b-256).</summary>
    public const int TagSize = 32;

    /// <summary>Longest suite or suite list, in ASCII characters.</summary>
    public const int MaxSuitesLength = 256;

    private const string FrameType = "SIGNAL";

    /// <summary>The frame's <c>kind</c>: hs1…hs4.</summary>
    public abstract string Kind { get; }

    /// <summary>True when every binary field has its exact size and text fields are canonical.</summary>
    public abstract bool HasValidFields { get; }

    /// <summary>The compact JSON SIGNAL frame.</summary>
    public string Encode()
    {
        var frame = new HandshakeFrame { Type = FrameType, Kind = Kind, Protocol = ProtocolName };
        Fill(frame);
        return JsonSerializer.Serialize(frame, HandshakeJsonContext.Default.HandshakeFrame);
    }

    /// <summary>Strictly parses any v2 handshake frame; false for bad JSON, foreign or missing fields, or a wrong base64 length.</summary>
    public static bool TryParse(string? json, [NotNullWhen(true)] out HandshakeMessage? message)
    {
        message = null;
        if (json is null || json.Length > MaxFrameSize || Encoding.UTF8.GetByteCount(json) > MaxFrameSize)
        {
            return false;
        }

        HandshakeFrame? frame;
        try
        {
            frame = JsonSerializer.Deserialize(json, HandshakeJsonContext.Default.HandshakeFrame);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (ArgumentException ex) when (ex.InnerException is EncoderFallbackException)
        {
            return false; // a lone UTF-16 surrogate cannot be transcoded to UTF-8, so the text is not JSON
        }

        if (frame is not { Type: FrameType, Protocol: ProtocolName })
        {
            return false;
        }

        message = frame.Kind switch
        {
            Hs1.KindName => Hs1.FromFrame(frame),
            Hs2.KindName => Hs2.FromFrame(frame),
            Hs3.KindName => Hs3.FromFrame(frame),
            Hs4.KindName => Hs4.FromFrame(frame),
            _ => null,
        };
        return message is not null;
    }

    /// <summary>Copies this message's fields into the frame.</summary>
    private protected abstract void Fill(HandshakeFrame frame);

    /// <summary>Decodes canonical base64 of exactly <paramref name="size"/> bytes; rejects whitespace and non-zero pad bits.</summary>
    private protected static bool TryDecode(string? text, int size, out byte[] bytes)
    {
        bytes = new byte[size];
        return text is not null && text.Length == ((size + 2) / 3) * 4
            && Convert.TryFromBase64String(text, bytes, out var written) && written == size
            && string.Equals(Convert.ToBase64String(bytes), text, StringComparison.Ordinal);
    }
}
