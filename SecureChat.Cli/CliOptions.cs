using System.Security.Cryptography.X509Certificates;

namespace SecureChat.Cli;

/// <summary>What the command line asked for, after parsing and validation.</summary>
/// <param name="Relay">The relay address (<c>ws://</c> or <c>wss://</c>).</param>
/// <param name="Room">The legacy room code, already upper-cased and valid; <see langword="null"/> when not given.</param>
/// <param name="ShowHelp">Print usage and exit.</param>
/// <param name="ShowVersion">Print the version and exit.</param>
/// <param name="Legacy">Run the specification's unauthenticated protocol, only because the user asked.</param>
/// <param name="Invite">Create a room or join one (hardened protocol); <see langword="null"/> asks in a terminal.</param>
/// <param name="TrustedRoots">From <c>--ca-cert</c>: the only CAs that may vouch for a <c>wss://</c> relay; <see langword="null"/>: the system store.</param>
/// <param name="NoColor">No colours (--no-color or a non-empty NO_COLOR).</param>
/// <param name="Qr">Also show a new invite code as a QR code.</param>
internal sealed record CliOptions(
    Uri Relay,
    string? Room = null,
    bool ShowHelp = false,
    bool ShowVersion = false,
    bool Legacy = false,
    InviteRole? Invite = null,
    X509Certificate2Collection? TrustedRoots = null,
    bool NoColor = false,
    bool Qr = false);
