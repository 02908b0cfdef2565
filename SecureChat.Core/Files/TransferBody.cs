using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace SecureChat.Files;

/// <summary>
/// The compact binary bodies of the file and pipe channel kinds (docs/protocol.md, "Files and pipe"). Encoding
/// builds exact arrays; decoding is strict (exact lengths, valid UTF-8 names) and never throws on bad input.
/// </summary>
internal static class TransferBody
{
    /// <summary>Data bytes per file or pipe chunk: with the kind byte, an id and the padding marker it fills the 16384 bucket.</summary>
    public const int MaxData = 16384 - 1 - FileTransferId.Size - 1;

    /// <summary>The bucket every data chunk is padded to, so a short last chunk looks like the others.</summary>
    public const int DataBucket = 16384;

    /// <summary>
    /// Flow control: chunks of one transfer (or of one pipe direction) a sender may have sent and not yet seen
    /// acknowledged. A protocol constant, so the receiver's <see cref="AckEvery"/> always opens the window again.
    /// </summary>
    public const int Window = 16;

    /// <summary>The receiver acknowledges after this many unacknowledged chunks (and at a file's last byte).</summary>
    public const int AckEvery = 4;

    /// <summary>The longest offered name, in UTF-8 bytes.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>The length of a SHA-256 hash.</summary>
    public const int HashSize = 32;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static byte[] Id(FileTransferId id)
    {
        var body = new byte[FileTransferId.Size];
        id.Write(body);
        return body;
    }

    public static byte[] Offer(FileTransferId id, long size, string name)
    {
        var nameBytes = s_utf8.GetBytes(name);
        var body = new byte[FileTransferId.Size + 8 + nameBytes.Length];
        id.Write(body);
        BinaryPrimitives.WriteInt64BigEndian(body.AsSpan(FileTransferId.Size), size);
        nameBytes.CopyTo(body.AsSpan(FileTransferId.Size + 8));
        return body;
    }

    public static bool TryReadOffer(ReadOnlySpan<byte> body, out FileTransferId id, out long size, out string name)
    {
        (id, size, name) = (default, 0, string.Empty);
        const int fixedPart = FileTransferId.Size + 8;
        var nameBytes = body.Length > fixedPart ? body[fixedPart..] : default;
        if (nameBytes.IsEmpty || nameBytes.Length > MaxNameBytes || !Utf8.IsValid(nameBytes))
        {
            return false;
        }

        id = FileTransferId.Read(body);
        size = BinaryPrimitives.ReadInt64BigEndian(body[FileTransferId.Size..]);
        name = s_utf8.GetString(nameBytes);
        return size >= 0;
    }

    /// <summary>id ‖ a u64 BE chunk count (acks).</summary>
    public static byte[] IdAndCount(FileTransferId id, long count)
    {
        var body = new byte[FileTransferId.Size + 8];
        id.Write(body);
        BinaryPrimitives.WriteInt64BigEndian(body.AsSpan(FileTransferId.Size), count);
        return body;
    }

    public static bool TryReadId(ReadOnlySpan<byte> body, out FileTransferId id)
    {
        id = body.Length == FileTransferId.Size ? FileTransferId.Read(body) : default;
        return body.Length == FileTransferId.Size;
    }

    public static bool TryReadIdAndCount(ReadOnlySpan<byte> body, out FileTransferId id, out long count)
    {
        (id, count) = (default, 0);
        if (body.Length != FileTransferId.Size + 8)
        {
            return false;
        }

        id = FileTransferId.Read(body);
        count = BinaryPrimitives.ReadInt64BigEndian(body[FileTransferId.Size..]);
        return count >= 0;
    }

    public static byte[] Chunk(FileTransferId id, ReadOnlySpan<byte> data)
    {
        var body = new byte[FileTransferId.Size + data.Length];
        id.Write(body);
        data.CopyTo(body.AsSpan(FileTransferId.Size));
        return body;
    }

    public static bool TryReadChunk(byte[] body, out FileTransferId id, out ReadOnlyMemory<byte> data)
    {
        (id, data) = (default, default);
        if (body.Length <= FileTransferId.Size || body.Length > FileTransferId.Size + MaxData)
        {
            return false;
        }

        id = FileTransferId.Read(body);
        data = body.AsMemory(FileTransferId.Size);
        return true;
    }

    public static byte[] End(FileTransferId id, ReadOnlySpan<byte> hash)
    {
        var body = new byte[FileTransferId.Size + HashSize];
        id.Write(body);
        hash.CopyTo(body.AsSpan(FileTransferId.Size));
        return body;
    }

    public static bool TryReadEnd(byte[] body, out FileTransferId id, out ReadOnlyMemory<byte> hash)
    {
        (id, hash) = (default, default);
        if (body.Length != FileTransferId.Size + HashSize)
        {
            return false;
        }

        id = FileTransferId.Read(body);
        hash = body.AsMemory(FileTransferId.Size);
        return true;
    }

    public static byte[] Cancel(FileTransferId id, ErrorCode reason)
    {
        var body = new byte[FileTransferId.Size + 2];
        id.Write(body);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(FileTransferId.Size), (ushort)reason);
        return body;
    }

    /// <summary>A cancel's reason must be one a peer may give (see <see cref="IsCancelReason"/>).</summary>
    public static bool TryReadCancel(ReadOnlySpan<byte> body, out FileTransferId id, out ErrorCode reason)
    {
        (id, reason) = (default, ErrorCode.None);
        if (body.Length != FileTransferId.Size + 2)
        {
            return false;
        }

        id = FileTransferId.Read(body);
        reason = (ErrorCode)BinaryPrimitives.ReadUInt16BigEndian(body[FileTransferId.Size..]);
        return IsCancelReason(reason);
    }

    /// <summary>The reasons that travel in a cancel; everything else is a bad body.</summary>
    public static bool IsCancelReason(ErrorCode reason) =>
        reason is ErrorCode.TransferCancelled or ErrorCode.FileHashMismatch or ErrorCode.TransferFailed;

    public static byte[] Count(long count)
    {
        var body = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(body, count);
        return body;
    }

    public static bool TryReadCount(ReadOnlySpan<byte> body, out long count)
    {
        count = body.Length == 8 ? BinaryPrimitives.ReadInt64BigEndian(body) : -1;
        return count >= 0;
    }
}
