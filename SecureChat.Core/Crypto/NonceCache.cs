using System.Buffers.Binary;

namespace SecureChat.Crypto;

/// <summary>
/// Every nonce this session has sent or accepted. The specified wire has no counter, so this is what catches a
/// relay replaying a message, or reflecting our own message back (NaCl box keys are the same both ways).
/// </summary>
internal sealed class NonceCache
{
    private readonly HashSet<(ulong, ulong, ulong)> _seen = [];

    /// <summary>Records <paramref name="nonce"/>; <see langword="false"/> when it was seen before.</summary>
    public bool TryAdd(ReadOnlySpan<byte> nonce) =>
        _seen.Add((
            BinaryPrimitives.ReadUInt64LittleEndian(nonce),
            BinaryPrimitives.ReadUInt64LittleEndian(nonce[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(nonce[16..])));

    public int Count => _seen.Count;

    public void Clear() => _seen.Clear();
}
