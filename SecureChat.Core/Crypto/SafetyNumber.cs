using System.Globalization;
using System.Text;
using Geralt;

namespace SecureChat.Crypto;

/// <summary>
/// A Signal-style safety number: 30 digits per public key, the two halves sorted so both sides print the same
/// 60 digits. Each half depends on one key only, so a relay that substitutes keys would need a ~100-bit second
/// preimage to keep the numbers equal; no commitment is needed and the wire stays as specified.
/// </summary>
internal static class SafetyNumber
{
    private const int Iterations = 5200;
    private const int DigitsPerKey = 30;
    private static readonly byte[] s_label = Encoding.ASCII.GetBytes("tchat.v1.fp");

    public static string Compute(ReadOnlySpan<byte> ownPublicKey, ReadOnlySpan<byte> peerPublicKey)
    {
        var own = ForKey(ownPublicKey);
        var peer = ForKey(peerPublicKey);
        var (first, second) = string.CompareOrdinal(own, peer) <= 0 ? (own, peer) : (peer, own);
        return Group(first + second);
    }

    /// <summary>30 digits from an iterated BLAKE2b-512 over the label and the key.</summary>
    internal static string ForKey(ReadOnlySpan<byte> publicKey)
    {
        Span<byte> hash = stackalloc byte[BLAKE2b.MaxHashSize];
        var input = new byte[s_label.Length + publicKey.Length + hash.Length];
        s_label.CopyTo(input, 0);
        publicKey.CopyTo(input.AsSpan(s_label.Length));
        BLAKE2b.ComputeHash(hash, input.AsSpan(0, s_label.Length + publicKey.Length));
        for (var i = 1; i < Iterations; i++)
        {
            hash.CopyTo(input.AsSpan(s_label.Length + publicKey.Length));
            BLAKE2b.ComputeHash(hash, input);
        }

        var digits = new StringBuilder(DigitsPerKey);
        for (var chunk = 0; chunk < DigitsPerKey / 5; chunk++)
        {
            // Five bytes (40 bits) reduced mod 100000 give five digits with negligible bias.
            ulong value = 0;
            for (var b = 0; b < 5; b++)
            {
                value = (value << 8) | hash[(chunk * 5) + b];
            }

            digits.Append((value % 100_000).ToString("D5", CultureInfo.InvariantCulture));
        }

        return digits.ToString();
    }

    private static string Group(string digits)
    {
        var groups = Enumerable.Range(0, digits.Length / 5).Select(i => digits.Substring(i * 5, 5));
        return string.Join(' ', groups);
    }
}
