namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Fixed padding buckets for data chunks (design §6.4): a chunk's length reveals only which of five sizes its
/// plaintext fits, where PADMÉ would leak almost the exact length of a short chat line. The padding itself is
/// ISO/IEC 7816-4 (0x80, then zeros to the end of the bucket), done in place on the caller's buffer; it writes the
/// same bytes as libsodium's <c>sodium_pad</c> with the bucket as block size, without its per-byte masking loop.
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

    /// <summary>The ISO/IEC 7816-4 marker that ends the content.</summary>
    public const byte Marker = 0x80;

    /// <summary>
    /// Pads in place: <paramref name="bucket"/> holds the content in its first <paramref name="contentLength"/>
    /// bytes; this writes the 0x80 marker after it and zeros to the end. Content must leave room for the marker.
    /// </summary>
    public static void Pad(Span<byte> bucket, int contentLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contentLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(contentLength, bucket.Length);
        bucket[contentLength] = Marker;
        bucket[(contentLength + 1)..].Clear();
    }

    /// <summary>
    /// The content length of an ISO/IEC 7816-4 padded buffer: the index of the last non-zero byte, which must be
    /// 0x80. False when the buffer is all zeros or its last non-zero byte is anything else.
    /// </summary>
    /// <remarks>
    /// Not constant-time, on purpose: it only ever runs on plaintext secretstream has already authenticated, so
    /// nobody without the key can feed it chosen bytes and there is no padding oracle to protect. What its timing
    /// could tell (the length of a message the receiver is about to display) is not a secret from the receiver.
    /// </remarks>
    public static bool TryGetContentLength(ReadOnlySpan<byte> padded, out int contentLength)
    {
        var marker = padded.LastIndexOfAnyExcept((byte)0);
        if (marker < 0 || padded[marker] != Marker)
        {
            contentLength = 0;
            return false;
        }

        contentLength = marker;
        return true;
    }
}
