using System.Text.Json.Serialization;

namespace SecureChat.LoadTest;

/// <summary>The one JSON line a hold run prints. Memory figures are the relay's, in kB as /proc reports them.</summary>
internal sealed record HoldReport
{
    public string Mode { get; } = "hold";

    public string? Label { get; init; }

    public required string Url { get; init; }

    public int Connections { get; init; }

    public int Connected { get; init; }

    public int Paired { get; init; }

    public double SetupS { get; init; }

    public double HoldS { get; init; }

    public int OpenAfterHold { get; init; }

    public int? RelayPid { get; init; }

    public long? RelayRssKbBefore { get; init; }

    public long? RelayRssKbAfter { get; init; }

    public long? RelayHwmKb { get; init; }

    public int Errors { get; init; }

    public bool TimedOut { get; init; }

    public string? FirstError { get; init; }

    /// <summary>Every connection joined, paired and was still open at the end of the hold.</summary>
    [JsonIgnore]
    public bool IsClean => OpenAfterHold == Connections && Paired == Connections && Errors == 0 && !TimedOut;
}
