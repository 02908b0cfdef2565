using System.Text.Json.Serialization;

namespace SecureChat.Crypto.Hardened;

/// <summary>Wire shape of the v2 data frame: <c>{"type":"SIGNAL","kind":"msg","p":"tchat/2","c":…}</c>.</summary>
internal sealed class DataFrameWire
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

/// <summary>Strict source-generated JSON for <see cref="DataFrameWire"/>, like <see cref="HandshakeJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    PropertyNameCaseInsensitive = false,
    MaxDepth = 2)]
[JsonSerializable(typeof(DataFrameWire))]
internal sealed partial class DataFrameJsonContext : JsonSerializerContext;
