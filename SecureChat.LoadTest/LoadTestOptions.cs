namespace SecureChat.LoadTest;

/// <summary>One run's parameters, as parsed from the command line.</summary>
internal sealed record LoadTestOptions
{
    /// <summary>Loopback only by default: a load test must never hit a relay by accident.</summary>
    public static readonly Uri DefaultUrl = new("ws://127.0.0.1:8765/");

    public Uri Url { get; init; } = DefaultUrl;

    public int Pairs { get; init; } = 10;

    /// <summary>SIGNAL frames per direction per pair.</summary>
    public int Messages { get; init; } = 1000;

    /// <summary>Bytes of each whole SIGNAL frame (JSON text) on the wire.</summary>
    public int Size { get; init; } = 256;

    /// <summary>Frames in flight per direction; 0 means unbounded (as fast as the socket takes them).</summary>
    public int Window { get; init; }

    /// <summary>Every run stops by itself after this long, whatever the relay does.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Hold mode when positive: open this many connections, join them in pairs and sit idle.</summary>
    public int HoldConnections { get; init; }

    public TimeSpan HoldDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The relay's process id, for reading its resident memory in hold mode.</summary>
    public int? RelayPid { get; init; }

    /// <summary>A free-form tag copied into the report, so a script can tell its lines apart.</summary>
    public string? Label { get; init; }

    /// <summary>Room codes start with this, so runs against a shared relay do not collide.</summary>
    public string RoomPrefix { get; init; } = "LT";
}
