using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecureChat.Protocol;

/// <summary>The JSON shape of every frame: the union of all fields, checked per type by <see cref="FrameCodec"/>.</summary>
internal sealed class WireFrame
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("room")]
    public string? Room { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("key")]
    public string? Key { get; set; }

    [JsonPropertyName("payload")]
    public string? Payload { get; set; }

    [JsonPropertyName("code")]
    public int? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Fields no frame defines; a strict decoder refuses them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(WireFrame))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
