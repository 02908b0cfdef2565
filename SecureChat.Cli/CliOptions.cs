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
/// <param name="Pipe">Pipe mode (<c>pipe create</c>/<c>pipe join</c>): stdin to the peer, the peer's bytes to stdout.</param>
/// <param name="Downloads">Where received files are saved; <see langword="null"/>: <see cref="DefaultDownloads"/>.</param>
/// <param name="MaxFileSize">The largest file the peer may offer, in bytes.</param>
/// <param name="AcceptFiles">Non-interactive mode: accept every offer at once (for scripts and tests).</param>
/// <param name="ChunkInterval">The pause between two 16 KiB transfer chunks; <see langword="null"/>: the core's default.</param>
internal sealed record CliOptions(
    Uri Relay,
    string? Room = null,
    bool ShowHelp = false,
    bool ShowVersion = false,
    bool Legacy = false,
    InviteRole? Invite = null,
    X509Certificate2Collection? TrustedRoots = null,
    bool NoColor = false,
    bool Qr = false,
    bool Pipe = false,
    string? Downloads = null,
    long MaxFileSize = CliOptions.DefaultMaxFileSize,
    bool AcceptFiles = false,
    TimeSpan? ChunkInterval = null)
{
    /// <summary>The default of <c>--max-file-size</c>: 2 GiB.</summary>
    public const long DefaultMaxFileSize = 2L * 1024 * 1024 * 1024;

    /// <summary>The default downloads folder: ~/Downloads/SecureChat.</summary>
    public static string DefaultDownloads =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Downloads", "SecureChat");

    /// <summary>The downloads folder in effect.</summary>
    public string DownloadsFolder => Downloads ?? DefaultDownloads;
}
