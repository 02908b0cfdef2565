namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The CPace draft's prefix-free encoders (draft-irtf-cfrg-cpace, "Definition and test vectors for string
/// utility functions"): <c>prepend_len</c> puts the LEB128 length before a field and <c>lv_cat</c>
/// concatenates such fields. Every hash input in v2 uses them, so no two field lists encode alike.
/// </summary>
internal static class LengthValue
{
    /// <summary>Longest LEB128 prefix for an <see cref="int"/> length (5 × 7 bits ≥ 31 bits).</summary>
    public const int MaxPrefixSize = 5;

    /// <summary>Bytes that <c>prepend_len</c> of a field this long occupies.</summary>
    public static int GetEncodedSize(int fieldLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fieldLength);
        var size = 1;
        for (var rest = (uint)fieldLength >> 7; rest != 0; rest >>= 7)
        {
            size++;
        }

        return checked(size + fieldLength);
    }

    /// <summary>Writes <c>prepend_len(field)</c> at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    /// <remarks>Span-based so secret fields (K, PRS) can be encoded straight into guarded memory.</remarks>
    public static int Write(Span<byte> destination, ReadOnlySpan<byte> field)
    {
        var size = GetEncodedSize(field.Length);
        if (destination.Length < size)
        {
            throw new ArgumentException("Destination is too short.", nameof(destination));
        }

        var written = 0;
        var length = (uint)field.Length;
        while (true)
        {
            if (length < 128)
            {
                destination[written++] = (byte)length;
                break;
            }

            destination[written++] = (byte)((length & 0x7F) | 0x80);
            length >>= 7;
        }

        field.CopyTo(destination[written..]);
        return written + field.Length;
    }

    /// <summary><c>prepend_len(field)</c> as a new array.</summary>
    public static byte[] PrependLength(ReadOnlySpan<byte> field)
    {
        var result = new byte[GetEncodedSize(field.Length)];
        _ = Write(result, field);
        return result;
    }

    /// <summary><c>lv_cat(fields…)</c> for public fields; secrets go through <see cref="Write"/>.</summary>
    public static byte[] Concat(params ReadOnlySpan<byte[]> fields)
    {
        var size = 0;
        foreach (var field in fields)
        {
            size = checked(size + GetEncodedSize(field.Length));
        }

        var result = new byte[size];
        var offset = 0;
        foreach (var field in fields)
        {
            offset += Write(result.AsSpan(offset), field);
        }

        return result;
    }
}
