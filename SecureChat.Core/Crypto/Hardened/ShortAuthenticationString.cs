using System.Buffers.Binary;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Three words from Geralt's EFF list drawn from kSAS (design §6.5): 8 bytes per word reduced mod 7772, bias
/// below 2^-50. With the hs1 commitment a MITM who knows the password matches both sides with ≈ 2^-38.8.
/// </summary>
internal static class ShortAuthenticationString
{
    /// <summary>Words shown to each user.</summary>
    public const int WordCount = 3;

    private const int BytesPerWord = sizeof(ulong);

    /// <summary>The space-separated words for <paramref name="sasKey"/>.</summary>
    public static string FromKey(ReadOnlySpan<byte> sasKey)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sasKey.Length, WordCount * BytesPerWord, nameof(sasKey));
        var wordlist = Wordlist.Words;
        var words = new string[WordCount];
        for (var i = 0; i < WordCount; i++)
        {
            var value = BinaryPrimitives.ReadUInt64LittleEndian(sasKey.Slice(i * BytesPerWord, BytesPerWord));
            words[i] = wordlist[(int)(value % (ulong)wordlist.Length)];
        }

        return string.Join(' ', words);
    }
}
