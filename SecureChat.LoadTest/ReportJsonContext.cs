using System.Text.Json.Serialization;

namespace SecureChat.LoadTest;

/// <summary>Source-generated JSON for the reports: snake_case, one line, nulls left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FlowReport))]
[JsonSerializable(typeof(HoldReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
