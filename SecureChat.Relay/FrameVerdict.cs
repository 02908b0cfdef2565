namespace SecureChat.Relay;

/// <summary>The outcome of <see cref="FrameInspector.Inspect"/>: a frame kind, or the reason it is refused.</summary>
/// <param name="Kind">What the frame is.</param>
/// <param name="Error">Why it is refused; <see cref="ErrorCode.None"/> unless <paramref name="Kind"/> is Refused.</param>
/// <param name="Room">The validated room code of a JOIN; otherwise <see langword="null"/>.</param>
internal readonly record struct FrameVerdict(FrameKind Kind, ErrorCode Error, string? Room)
{
    /// <summary>A SIGNAL frame.</summary>
    public static FrameVerdict Signal { get; } = new(FrameKind.Signal, ErrorCode.None, null);

    /// <summary>A JOIN frame for <paramref name="room"/>.</summary>
    public static FrameVerdict Join(string room) => new(FrameKind.Join, ErrorCode.None, room);

    /// <summary>A frame refused with <paramref name="error"/>.</summary>
    public static FrameVerdict Refuse(ErrorCode error) => new(FrameKind.Refused, error, null);

    // Room codes are never logged; keep them out of accidental structured logging too.
    public override string ToString() => $"{Kind} {Error}";
}
