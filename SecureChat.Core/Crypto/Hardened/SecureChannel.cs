using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The v2 data phase (design §6.4): one secretstream push per direction, every chat chunk sent with ChunkFlag.Rekey
/// (per-message key erasure), ISO/IEC 7816-4 padding to a bucket, AD = lv_cat("tchat/2", "data", sessId), close as
/// ChunkFlag.Final. A failed pull does not advance libsodium's state, so the channel destroys itself on the first
/// failure: tamper, replay, reorder and drop all end the session rather than being skipped.
/// </summary>
internal sealed class SecureChannel : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly byte[] _associatedData;
    private IncrementalXChaCha20Poly1305? _push;
    private IncrementalXChaCha20Poly1305? _pull;
    private bool _sentClose;
    private bool _disposed;

    internal SecureChannel(IncrementalXChaCha20Poly1305 push, ReadOnlySpan<byte> receiveKey, ReadOnlySpan<byte> receiveHeader, ReadOnlySpan<byte> sessionId)
    {
        _push = push;
        _pull = new IncrementalXChaCha20Poly1305(receiveHeader.ToArray(), receiveKey, encryption: false);
        _associatedData = LengthValue.Concat(HandshakeLabels.Protocol.ToArray(), "data"u8.ToArray(), sessionId.ToArray());
    }

    /// <summary>True after the peer's authenticated close; only then is "no more chunks" not a truncation.</summary>
    public bool PeerClosed { get; private set; }

    /// <summary>True after any failure: every later open or seal is refused.</summary>
    public bool IsDestroyed => _pull is null;

    /// <summary>
    /// The chunk a message seals to: its bucket plus the tag; 0 when the type byte, the UTF-8 text and the padding
    /// marker do not fit the largest bucket.
    /// </summary>
    public static int GetChunkSize(ReadOnlySpan<char> text)
    {
        var bucket = ChannelPadding.SelectBucket(1 + s_utf8.GetByteCount(text));
        return bucket == 0 ? 0 : bucket + IncrementalXChaCha20Poly1305.TagSize;
    }

    /// <summary>
    /// The chunk a binary message (file and pipe kinds) seals to: the bucket for the type byte and
    /// <paramref name="bodySize"/> bytes, at least <paramref name="minBucket"/>, plus the tag; 0 when it does not fit.
    /// </summary>
    public static int GetChunkSize(int bodySize, int minBucket)
    {
        var bucket = ChannelPadding.SelectBucket(Math.Max(1 + bodySize, minBucket - 1));
        return bucket == 0 ? 0 : bucket + IncrementalXChaCha20Poly1305.TagSize;
    }

    /// <summary>
    /// Encrypts one binary message (a file or pipe kind, <see cref="ChannelMessage.IsBinary"/>) into
    /// <paramref name="chunk"/>, which must be exactly <see cref="GetChunkSize(int, int)"/> long. Padding to at
    /// least <paramref name="minBucket"/> hides a short last chunk among the full ones. False when the channel is
    /// destroyed or the body does not fit; sealing after our own close or a non-binary kind is misuse and throws.
    /// </summary>
    public bool TrySeal(Span<byte> chunk, ChannelMessageKind kind, ReadOnlySpan<byte> body, int minBucket)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_sentClose)
        {
            throw new InvalidOperationException("The channel was closed; nothing may follow the Final chunk.");
        }

        if (!ChannelMessage.IsBinary(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only file and pipe kinds carry a binary body.");
        }

        var size = GetChunkSize(body.Length, minBucket);
        if (_push is null || size == 0)
        {
            return false;
        }

        if (chunk.Length != size)
        {
            throw new ArgumentException("The chunk buffer must be exactly the message's bucket plus the tag.", nameof(chunk));
        }

        var bucket = size - IncrementalXChaCha20Poly1305.TagSize;
        var rented = ArrayPool<byte>.Shared.Rent(bucket);
        var padded = rented.AsSpan(0, bucket);
        try
        {
            padded[0] = (byte)kind;
            body.CopyTo(padded[1..]);
            ChannelPadding.Pad(padded, 1 + body.Length);
            _push.EncryptChunk(chunk, padded, _associatedData, IncrementalXChaCha20Poly1305.ChunkFlag.Rekey);
        }
        finally
        {
            SecureMemory.ZeroMemory(padded);
            ArrayPool<byte>.Shared.Return(rented);
        }

        return true;
    }

    /// <summary>
    /// Encrypts one message into a new array. False when the text does not fit the largest bucket or the channel is
    /// destroyed; sealing after our own close is misuse and throws.
    /// </summary>
    public bool TrySeal(ChannelMessageKind kind, ReadOnlySpan<char> text, [NotNullWhen(true)] out byte[]? chunk)
    {
        chunk = null;
        var size = GetChunkSize(text);
        var output = new byte[size];
        if (!TrySeal(output, kind, text))
        {
            return false;
        }

        chunk = output;
        return true;
    }

    /// <summary>
    /// Encrypts one message into <paramref name="chunk"/>, which must be exactly <see cref="GetChunkSize(ReadOnlySpan{char})"/> long.
    /// False when the text does not fit the largest bucket or the channel is destroyed; sealing after our own close
    /// is misuse and throws. The padded plaintext lives in a pooled buffer that is zeroed before it goes back.
    /// </summary>
    public bool TrySeal(Span<byte> chunk, ChannelMessageKind kind, ReadOnlySpan<char> text)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_sentClose)
        {
            throw new InvalidOperationException("The channel was closed; nothing may follow the Final chunk.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown message kind.");
        }

        if (ChannelMessage.IsBinary(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "File and pipe kinds carry a binary body: use the byte overload.");
        }

        if (kind != ChannelMessageKind.Text && !text.IsEmpty)
        {
            throw new ArgumentException("Only text messages carry text.", nameof(text));
        }

        var size = 1 + s_utf8.GetByteCount(text);
        var bucket = ChannelPadding.SelectBucket(size);
        if (_push is null || bucket == 0)
        {
            return false;
        }

        if (chunk.Length != bucket + IncrementalXChaCha20Poly1305.TagSize)
        {
            throw new ArgumentException("The chunk buffer must be exactly the message's bucket plus the tag.", nameof(chunk));
        }

        var rented = ArrayPool<byte>.Shared.Rent(bucket);
        var padded = rented.AsSpan(0, bucket);
        try
        {
            padded[0] = (byte)kind;
            _ = s_utf8.GetBytes(text, padded[1..]);
            ChannelPadding.Pad(padded, size);
            var flag = kind == ChannelMessageKind.Close ? IncrementalXChaCha20Poly1305.ChunkFlag.Final : IncrementalXChaCha20Poly1305.ChunkFlag.Rekey;
            _push.EncryptChunk(chunk, padded, _associatedData, flag);
        }
        finally
        {
            SecureMemory.ZeroMemory(padded);
            ArrayPool<byte>.Shared.Return(rented);
        }

        _sentClose = kind == ChannelMessageKind.Close;
        return true;
    }

    /// <summary>Decrypts the peer's next chunk. Any failure, or anything after the peer's close, returns false and destroys the channel.</summary>
    public bool TryOpen(ReadOnlySpan<byte> chunk, out ChannelMessage message)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        message = default;
        var bucket = chunk.Length - IncrementalXChaCha20Poly1305.TagSize;
        if (_pull is null || PeerClosed || !ChannelPadding.IsBucket(bucket))
        {
            return Destroy();
        }

        var rented = ArrayPool<byte>.Shared.Rent(bucket);
        var padded = rented.AsSpan(0, bucket);
        try
        {
            // Unpadding runs only on what the pull authenticated (see ChannelPadding.TryGetContentLength).
            if (!GeraltBoundary.TryDecryptChunk(_pull, padded, chunk, _associatedData, out var flag)
                || !ChannelPadding.TryGetContentLength(padded, out var size) || size < 1)
            {
                return Destroy();
            }

            var kind = (ChannelMessageKind)padded[0];
            var body = padded.Slice(1, size - 1);
            var valid = (kind, flag) switch
            {
                (ChannelMessageKind.Text, IncrementalXChaCha20Poly1305.ChunkFlag.Rekey) => Utf8.IsValid(body),
                (ChannelMessageKind.Keepalive, IncrementalXChaCha20Poly1305.ChunkFlag.Rekey) => body.IsEmpty,
                (ChannelMessageKind.Close, IncrementalXChaCha20Poly1305.ChunkFlag.Final) => body.IsEmpty,
                (_, IncrementalXChaCha20Poly1305.ChunkFlag.Rekey) => ChannelMessage.IsBinary(kind), // bodies: the session's codec
                _ => false,
            };
            if (!valid)
            {
                return Destroy();
            }

            message = new ChannelMessage(kind, kind == ChannelMessageKind.Text ? s_utf8.GetString(body) : string.Empty)
            {
                Body = ChannelMessage.IsBinary(kind) ? body.ToArray() : [],
            };
            PeerClosed = kind == ChannelMessageKind.Close;
            return true;
        }
        finally
        {
            SecureMemory.ZeroMemory(padded);
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Wipes both stream states.</summary>
    public void Dispose()
    {
        _disposed = true;
        _ = Destroy();
    }

    /// <inheritdoc />
    public override string ToString() => $"SecureChannel(destroyed: {IsDestroyed}, peer closed: {PeerClosed})";

    private bool Destroy()
    {
        _push?.Dispose();
        _push = null;
        _pull?.Dispose();
        _pull = null;
        return false;
    }
}
