namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Why a v2 handshake stopped (design §6.7). Every value other than <see cref="None"/> leaves the handshake
/// object failed and its secrets wiped; the room code must be burnt, since each failed run was one password guess.
/// </summary>
internal enum HandshakeFailure
{
    /// <summary>The message was accepted.</summary>
    None = 0,

    /// <summary>A field has the wrong length or syntax (including a suite list that is not canonical).</summary>
    MalformedMessage,

    /// <summary>The message is not the one this role expects now: reflected, replayed out of order, or repeated.</summary>
    UnexpectedMessage,

    /// <summary>B supports none of A's suites, or B picked one that A never offered.</summary>
    NoCommonSuite,

    /// <summary>scalar_mult_vfy rejected the peer's share (non-canonical or identity), or the peer echoed our own share.</summary>
    InvalidPoint,

    /// <summary>A's revealed share and AD do not match the commitment sent in hs1.</summary>
    CommitmentMismatch,

    /// <summary>X-Wing encapsulation to the offered public key was refused.</summary>
    EncapsulationFailed,

    /// <summary>X-Wing decapsulation was refused.</summary>
    DecapsulationFailed,

    /// <summary>The peer's key-confirmation tag is wrong: wrong password, or any field altered in transit.</summary>
    ConfirmationFailed,

    /// <summary>The handshake already failed; nothing more is processed.</summary>
    Aborted,
}
