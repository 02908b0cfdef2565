using System.Buffers.Binary;
using System.Text;

namespace SecureChat.Relay.Backplane;

/// <summary>
/// One message to one room member. On the wire (a Redis pub/sub message to the target's instance):
/// kind (1 byte), target connection (8, little-endian), source connection (8), source instance (32 ASCII), payload.
/// </summary>
internal readonly record struct BackplaneMessage(BackplaneMessageKind Kind, long Target, MemberAddress Source,
    ReadOnlyMemory<byte> Payload)
{
    private const int HeaderLength = 1 + 8 + 8 + MemberAddress.InstanceLength;

    public byte[] Encode()
    {
        var bytes = new byte[HeaderLength + Payload.Length];
        bytes[0] = (byte)Kind;
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(1), Target);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(9), Source.Connection);
        Encoding.ASCII.GetBytes(Source.Instance, bytes.AsSpan(17, MemberAddress.InstanceLength));
        Payload.Span.CopyTo(bytes.AsSpan(HeaderLength));
        return bytes;
    }

    /// <summary>Decodes <paramref name="bytes"/>; false for anything malformed (never throws).</summary>
    public static bool TryDecode(byte[]? bytes, out BackplaneMessage message)
    {
        message = default;
        if (bytes is null || bytes.Length < HeaderLength
            || bytes[0] is not ((byte)BackplaneMessageKind.Found or (byte)BackplaneMessageKind.Signal
                or (byte)BackplaneMessageKind.Left))
        {
            return false;
        }

        var source = new MemberAddress(Encoding.ASCII.GetString(bytes, 17, MemberAddress.InstanceLength),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(9)));
        message = new BackplaneMessage((BackplaneMessageKind)bytes[0], BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(1)),
            source, bytes.AsMemory(HeaderLength));
        return true;
    }
}
