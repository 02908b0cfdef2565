using SecureChat.Lifecycle;

namespace SecureChat.Crypto.Hardened;

/// <summary>Maps each <see cref="HandshakeFailure"/> to the session's public code and a message for the user.</summary>
internal static class HandshakeFailureCodes
{
    private const string WrongCodeOrIntercepted = "the invite code was wrong on one side, or the relay tried to intercept; make a new invite";

    public static HandshakeStep ToStep(HandshakeFailure failure) => failure switch
    {
        HandshakeFailure.ConfirmationFailed => Failed($"Key confirmation failed: {WrongCodeOrIntercepted}."),
        HandshakeFailure.CommitmentMismatch => Failed($"The creator's key share does not match its commitment: {WrongCodeOrIntercepted}."),
        HandshakeFailure.InvalidPoint => Failed("The peer's key share is invalid or our own reflected back: the relay tried to intercept."),
        HandshakeFailure.MalformedMessage => Failed("A handshake message has a field of the wrong size or syntax."),
        HandshakeFailure.NoCommonSuite => Failed("The peers share no cipher suite (or one was forged)."),
        HandshakeFailure.EncapsulationFailed => Failed("The creator's post-quantum public key was refused."),
        HandshakeFailure.DecapsulationFailed => Failed("The joiner's post-quantum ciphertext was refused."),
        HandshakeFailure.UnexpectedMessage => HandshakeStep.Failed(
            ErrorCode.UnexpectedFrame, "A handshake message arrived out of order (reflected, replayed or repeated)."),
        HandshakeFailure.Aborted => Failed("The handshake had already failed."),
        _ => Failed($"The handshake failed ({failure})."),
    };

    private static HandshakeStep Failed(string message) => HandshakeStep.Failed(ErrorCode.HandshakeFailed, message);
}
