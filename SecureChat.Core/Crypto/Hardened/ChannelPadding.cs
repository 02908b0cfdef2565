namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Fixed padding buckets for data chunks (design §6.4): a chunk's length reveals only which of five sizes its
/// plaintext fits, where PADMÉ would leak almost the exact length of a short chat line.
/// </summary>
internal static class ChannelPadding
{
    /// <summary>Largest bucket.</summary>
    public const int MaxBucket = 65536;

    /// <summary>Largest plaintext (type byte + UTF-8) that fits, leaving the mandatory 0x80 padding byte.</summary>
    public const int MaxPlaintextSize = MaxBucket - 1;

    /// <summary>Longest chat line in UTF-8 bytes: the plaintext minus its type byte.</summary>
    public const int MaxTextSize = MaxPlaintextSize - 1;

    /// <summary>The bucket sizes, smallest first.</summary>
    public static ReadOnlySpan<int> Buckets => [256, 1024, 4096, 16384, MaxBucket];

    /// <summary>The smallest bucket ≥ <paramref name="plaintextSize"/> + 1, or 0 when none fits.</summary>
    public static int SelectBucket(int plaintextSize)
    {
        foreach (var bucket in Buckets)
        {
            if (plaintextSize + 1 <= bucket)
            {
                return bucket;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="size"/> is exactly one of the buckets.</summary>
    public static bool IsBucket(int size) => Buckets.Contains(size);
}
