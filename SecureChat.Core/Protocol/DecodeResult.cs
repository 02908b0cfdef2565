namespace SecureChat.Protocol;

/// <summary>What decoding one frame gave: a frame, or the code of the first rule it broke. Never an exception.</summary>
internal readonly record struct DecodeResult(Frame? Frame, ErrorCode Error)
{
    public bool IsSuccess => Frame is not null;

    public static DecodeResult Success(Frame frame) => new(frame, ErrorCode.None);

    public static DecodeResult Failure(ErrorCode error) => new(null, error);
}
