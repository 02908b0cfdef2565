using System.Buffers;
using System.Buffers.Text;

namespace SecureChat.LoadTest;

/// <summary>
/// The SIGNAL frames the load test sends: fixed-width decimal fields at the start of <c>data</c>, padded with
/// <c>x</c> so the whole JSON text is exactly the requested size. A sender stamps one reusable buffer per frame.
/// </summary>
internal static class SignalFrame
{
    public const int MaxPairs = 999_999;
    public const int MaxMessages = 999_999_998;
    public const int MaxSize = 1 << 20;

    private const int PairDigits = 6;
    private const int SequenceDigits = 9;
    private const int TimestampDigits = 19;

    // PPPPPP.D.SSSSSSSSS.TTTTTTTTTTTTTTTTTTT
    private const int StampLength = PairDigits + 1 + 1 + 1 + SequenceDigits + 1 + TimestampDigits;
    private const int DirectionOffset = PairDigits + 1;
    private const int SequenceOffset = DirectionOffset + 2;
    private const int TimestampOffset = SequenceOffset + SequenceDigits + 1;

    private static ReadOnlySpan<byte> Head => "{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"data\":\""u8;

    private static ReadOnlySpan<byte> Tail => "\"}"u8;

    /// <summary>The smallest frame that still holds the stamp.</summary>
    public static int MinSize => Head.Length + StampLength + Tail.Length;

    /// <summary>A frame of exactly <paramref name="size"/> bytes, to be stamped before each send.</summary>
    public static byte[] CreateTemplate(int size)
    {
        var frame = new byte[size];
        Head.CopyTo(frame);
        frame.AsSpan(Head.Length, size - Head.Length - Tail.Length).Fill((byte)'x');
        Tail.CopyTo(frame.AsSpan(size - Tail.Length));
        var stamp = frame.AsSpan(Head.Length, StampLength);
        stamp[PairDigits] = stamp[DirectionOffset + 1] = stamp[SequenceOffset + SequenceDigits] = (byte)'.';
        return frame;
    }

    /// <summary>Writes <paramref name="stamp"/> into a frame made by <see cref="CreateTemplate"/>.</summary>
    public static void Stamp(Span<byte> frame, FrameStamp stamp)
    {
        var fields = frame.Slice(Head.Length, StampLength);
        Write(fields[..PairDigits], stamp.Pair);
        fields[DirectionOffset] = (byte)('0' + stamp.Direction);
        Write(fields.Slice(SequenceOffset, SequenceDigits), stamp.Sequence);
        Write(fields.Slice(TimestampOffset, TimestampDigits), stamp.Timestamp);
    }

    /// <summary>Reads the stamp from the start of a <c>data</c> string; false if it is not one of ours.</summary>
    public static bool TryReadStamp(ReadOnlySpan<byte> data, out FrameStamp stamp)
    {
        stamp = default;
        if (data.Length < StampLength
            || !Read(data[..PairDigits], out int pair)
            || data[DirectionOffset] is not ((byte)'0' or (byte)'1')
            || !Read(data.Slice(SequenceOffset, SequenceDigits), out int sequence)
            || !Read(data.Slice(TimestampOffset, TimestampDigits), out long timestamp))
        {
            return false;
        }

        stamp = new FrameStamp(pair, data[DirectionOffset] - '0', sequence, timestamp);
        return true;
    }

    private static void Write(Span<byte> field, long value) =>
        Utf8Formatter.TryFormat(value, field, out _, new StandardFormat('D', (byte)field.Length));

    private static bool Read(ReadOnlySpan<byte> field, out int value) =>
        Utf8Parser.TryParse(field, out value, out var consumed) && consumed == field.Length;

    private static bool Read(ReadOnlySpan<byte> field, out long value) =>
        Utf8Parser.TryParse(field, out value, out var consumed) && consumed == field.Length;
}
