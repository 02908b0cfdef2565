namespace SecureChat.Lifecycle;

/// <summary>What one hardened handshake message did: failed with a reason, or went on (with a reply to send), or confirmed the keys.</summary>
/// <param name="Error"><see cref="ErrorCode.None"/>, or why the session must end.</param>
/// <param name="Message">The reason in words when <paramref name="Error"/> is set; never secrets.</param>
/// <param name="Confirmed">True when the keys are confirmed and the session may be Connected.</param>
internal readonly record struct HandshakeStep(ErrorCode Error, string Message, bool Confirmed)
{
    public static HandshakeStep Continue { get; } = new(ErrorCode.None, string.Empty, Confirmed: false);

    public static HandshakeStep Done { get; } = new(ErrorCode.None, string.Empty, Confirmed: true);

    public static HandshakeStep Failed(ErrorCode error, string message) => new(error, message, Confirmed: false);
}
