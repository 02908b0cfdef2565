namespace SecureChat.Crypto;

/// <summary>What opening one received message gave: safe-to-print text, or why it was refused.</summary>
internal readonly record struct OpenResult(string? Text, ErrorCode Error)
{
    public static OpenResult Success(string text) => new(text, ErrorCode.None);

    public static OpenResult Failure(ErrorCode error) => new(null, error);
}
