using System.Text.Json.Serialization;

namespace SecureChat.LoadTest;

/// <summary>The one JSON line a flow run prints. Rates count frames delivered to a receiver; MB is 10^6 bytes.</summary>
internal sealed record FlowReport
{
    public string Mode { get; } = "flow";

    public string? Label { get; init; }

    public required string Url { get; init; }

    public int Pairs { get; init; }

    public int Messages { get; init; }

    public int Size { get; init; }

    /// <summary>Null when unbounded.</summary>
    public int? Window { get; init; }

    public double DurationS { get; init; }

    public long Delivered { get; init; }

    public double FramesPerS { get; init; }

    public double MbPerS { get; init; }

    public required LatencySummary LatencyMs { get; init; }

    public long Lost { get; init; }

    public long Duplicated { get; init; }

    public long Reordered { get; init; }

    public long Misrouted { get; init; }

    public int Errors { get; init; }

    public bool TimedOut { get; init; }

    public string? FirstError { get; init; }

    /// <summary>Every frame exactly once, in order, from the right peer; nothing failed or timed out.</summary>
    [JsonIgnore]
    public bool IsClean =>
        Lost == 0 && Duplicated == 0 && Reordered == 0 && Misrouted == 0 && Errors == 0 && !TimedOut;
}
