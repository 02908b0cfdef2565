using System.Text.Json.Serialization;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Source-generated (AOT-safe, reflection-free) JSON for <see cref="HandshakeFrame"/>: unknown members and
/// duplicate keys are errors, property names are case-sensitive, absent fields are not written.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    PropertyNameCaseInsensitive = false,
    MaxDepth = 2)]
[JsonSerializable(typeof(HandshakeFrame))]
internal sealed partial class HandshakeJsonContext : JsonSerializerContext;
