using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>
/// The first <see cref="DataFrame"/> codec (string interpolation out, the source-generated serializer in), kept
/// verbatim as the reference the span-based codec must match byte for byte and verdict for verdict.
/// </summary>
internal static class DataFrameReference
{
    public static string Encode(ReadOnlySpan<byte> chunk) =>
        $"{{\"type\":\"SIGNAL\",\"kind\":\"{DataFrame.KindName}\",\"p\":\"{HandshakeMessage.ProtocolName}\",\"c\":\"{Convert.ToBase64String(chunk)}\"}}";

    public static bool TryParse(string? json, [NotNullWhen(true)] out byte[]? chunk)
    {
        chunk = null;
        if (json is null || json.Length > HandshakeMessage.MaxFrameSize)
        {
            return false;
        }

        ReferenceWire? frame;
        try
        {
            frame = JsonSerializer.Deserialize(json, ReferenceJsonContext.Default.ReferenceWire);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (frame is not { Type: "SIGNAL", Kind: DataFrame.KindName, Protocol: HandshakeMessage.ProtocolName, Chunk: { } text }
            || text.Length < ((DataFrame.MinChunkSize + 2) / 3) * 4 || text.Length > ((DataFrame.MaxChunkSize + 2) / 3) * 4)
        {
            return false;
        }

        var bytes = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written < DataFrame.MinChunkSize
            || !string.Equals(Convert.ToBase64String(bytes, 0, written), text, StringComparison.Ordinal))
        {
            return false;
        }

        chunk = bytes[..written];
        return true;
    }
}

/// <summary>The first codec's wire shape.</summary>
internal sealed class ReferenceWire
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("p")]
    public string? Protocol { get; set; }

    [JsonPropertyName("c")]
    public string? Chunk { get; set; }
}

/// <summary>The first codec's strict options.</summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    PropertyNameCaseInsensitive = false,
    MaxDepth = 2)]
[JsonSerializable(typeof(ReferenceWire))]
internal sealed partial class ReferenceJsonContext : JsonSerializerContext;
