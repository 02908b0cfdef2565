using System.Text;
using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Fixed strings and the CPace inputs derived from them (design §6.2). Roles sit in CI, so a relay that swaps
/// creator and joiner only produces a failure (CPace draft §"Party identifiers").
/// </summary>
internal static class HandshakeLabels
{
    /// <summary>The one suite v2 defines: CPace ristretto255/SHA-512, X-Wing, BLAKE2b schedule, secretstream.</summary>
    public const string DefaultSuite = "CPACE-RISTR255-SHA512+XWING+BLAKE2B+SECRETSTREAM";

    /// <summary>UTF-8 of <see cref="HandshakeMessage.ProtocolName"/>.</summary>
    public static ReadOnlySpan<byte> Protocol => "tchat/2"u8;

    /// <summary>BLAKE2b personalization <c>P(x)</c>: ASCII <paramref name="label"/> zero-padded to 16 bytes.</summary>
    public static byte[] Personalization(string label)
    {
        var result = new byte[BLAKE2b.PersonalizationSize];
        _ = Encoding.ASCII.GetBytes(label, result);
        return result;
    }

    /// <summary>CI = lv_cat("tchat/2", ROOMID, "A:creator", "B:joiner"); never sent.</summary>
    public static byte[] ChannelIdentifier(string roomId) =>
        LengthValue.Concat(Protocol.ToArray(), Encoding.ASCII.GetBytes(roomId), "A:creator"u8.ToArray(), "B:joiner"u8.ToArray());

    /// <summary>ADa = lv_cat("tchat/2", suites, nA) and ADb = lv_cat("tchat/2", suite, nB).</summary>
    public static byte[] AssociatedData(string suiteText, ReadOnlySpan<byte> nonce) =>
        LengthValue.Concat(Protocol.ToArray(), Encoding.ASCII.GetBytes(suiteText), nonce.ToArray());

    /// <summary>The suite B picks: the first of A's list that B supports, so A's preference order wins.</summary>
    public static string? SelectSuite(string offered, IReadOnlyCollection<string> supported) =>
        offered.Split(',').FirstOrDefault(supported.Contains);

    /// <summary>A suite name or comma-separated list: printable ASCII without spaces, no empty entries, ≤ 256 characters.</summary>
    public static bool IsCanonicalSuiteText(string? text, bool allowList) =>
        text is { Length: > 0 and <= HandshakeMessage.MaxSuitesLength }
        && text.All(c => c is > ' ' and < '\x7f' && (allowList || c != ','))
        && !text.Split(',').Any(string.IsNullOrEmpty);

    /// <summary>Whether <paramref name="suite"/> is one entry of A's comma-separated offer.</summary>
    public static bool IsOffered(string offered, string suite) => offered.Split(',').Contains(suite, StringComparer.Ordinal);
}
