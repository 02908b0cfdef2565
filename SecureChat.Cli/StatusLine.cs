namespace SecureChat.Cli;

/// <summary>
/// What the status part of the input line says: the session's state, the relay, the protocol and whether the
/// words were verified. Legacy always leads with UNAUTHENTICATED, so a cut-off status still says it.
/// </summary>
/// <param name="State">The session state in a word or two ("connected", "ended").</param>
/// <param name="Relay">The relay address; only its host and port are shown.</param>
/// <param name="Protocol">Hardened or legacy.</param>
/// <param name="Verified">Whether the user typed /verify (hardened only).</param>
internal sealed record StatusLine(string State, Uri Relay, ProtocolMode Protocol, bool Verified = false)
{
    /// <summary>The status as one plain line, most important first.</summary>
    public string Text => Protocol == ProtocolMode.Legacy
        ? $"UNAUTHENTICATED (legacy) | {State} | {Relay.Authority}"
        : $"{(Verified ? "verified" : "unverified")} | {State} | {Relay.Authority} | hardened";

    /// <summary>What a narrow terminal shows instead: only whether the peer is authenticated.</summary>
    public string Short => Protocol == ProtocolMode.Legacy ? "UNAUTHENTICATED (legacy)" : Verified ? "verified" : "unverified";
}
