using Geralt;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

public sealed class SecureChannelTests
{
    private static readonly byte[] s_zeroSessionId = new byte[32];

    [Fact]
    public void Channel_AfterHandshake_RoundTripsBothWays()
    {
        var (ra, rb) = HandshakeHarness.Complete();
        using (ra)
        using (rb)
        using (var a = ra.OpenChannel())
        using (var b = rb.OpenChannel())
        {
            Assert.True(a.TrySeal(ChannelMessageKind.Text, "hello from A ✓", out var c1));
            Assert.True(b.TryOpen(c1, out var m1));
            Assert.Equal(new ChannelMessage(ChannelMessageKind.Text, "hello from A ✓"), m1);
            Assert.True(b.TrySeal(ChannelMessageKind.Text, "hi A", out var c2));
            Assert.True(a.TryOpen(c2, out var m2));
            Assert.Equal("hi A", m2.Text);
            Assert.Throws<InvalidOperationException>(() => ra.OpenChannel());
        }
    }

    [Theory]
    [InlineData(0, 256)]
    [InlineData(254, 256)]
    [InlineData(255, 1024)]
    [InlineData(1022, 1024)]
    [InlineData(1023, 4096)]
    [InlineData(16382, 16384)]
    [InlineData(16383, 65536)]
    [InlineData(ChannelPadding.MaxTextSize, 65536)]
    public void Channel_TextLength_PaddedToBucket(int textBytes, int bucket)
    {
        using var pair = new ChannelPair();
        var text = new string('x', textBytes);
        var chunk = ChannelPair.Seal(pair.A, text);
        Assert.Equal(bucket + IncrementalXChaCha20Poly1305.TagSize, chunk.Length);
        Assert.True(pair.B.TryOpen(chunk, out var message));
        Assert.Equal(text, message.Text);
    }

    [Fact]
    public void Channel_TooLong_Refused()
    {
        using var pair = new ChannelPair();
        Assert.False(pair.A.TrySeal(ChannelMessageKind.Text, new string('x', ChannelPadding.MaxTextSize + 1), out var chunk));
        Assert.Null(chunk);
        Assert.True(pair.A.TrySeal(ChannelMessageKind.Keepalive, "", out _));
    }

    [Fact]
    public void Channel_EachByteTampered_FalseThenDead()
    {
        var length = 0;
        for (var i = 0; ; i++)
        {
            using var pair = new ChannelPair();
            var chunk = ChannelPair.Seal(pair.A, "tamper me");
            var next = ChannelPair.Seal(pair.A, "after");
            length = chunk.Length;
            if (i >= length)
            {
                break;
            }

            chunk[i] ^= 0x01;
            Assert.False(pair.B.TryOpen(chunk, out var message));
            Assert.Equal(default, message);
            Assert.True(pair.B.IsDestroyed);
            chunk[i] ^= 0x01;
            Assert.False(pair.B.TryOpen(chunk, out _));
            Assert.False(pair.B.TryOpen(next, out _));
            Assert.False(pair.B.TrySeal(ChannelMessageKind.Text, "x", out _));
        }

        Assert.Equal(256 + IncrementalXChaCha20Poly1305.TagSize, length);
    }

    [Fact]
    public void Channel_Replay_Rejected()
    {
        using var pair = new ChannelPair();
        var chunk = ChannelPair.Seal(pair.A, "once");
        Assert.True(pair.B.TryOpen(chunk, out _));
        Assert.False(pair.B.TryOpen(chunk, out _));
        Assert.False(pair.B.TryOpen(ChannelPair.Seal(pair.A, "then"), out _));
    }

    [Fact]
    public void Channel_Reorder_Rejected()
    {
        using var pair = new ChannelPair();
        var first = ChannelPair.Seal(pair.A, "1");
        var second = ChannelPair.Seal(pair.A, "2");
        Assert.False(pair.B.TryOpen(second, out _));
        Assert.False(pair.B.TryOpen(first, out _));
    }

    [Fact]
    public void Channel_Drop_Rejected()
    {
        using var pair = new ChannelPair();
        _ = ChannelPair.Seal(pair.A, "lost");
        Assert.False(pair.B.TryOpen(ChannelPair.Seal(pair.A, "next"), out _));
    }

    [Fact]
    public void Channel_TruncationWithoutFinal_Detectable()
    {
        using var pair = new ChannelPair();
        Assert.True(pair.B.TryOpen(ChannelPair.Seal(pair.A, "1"), out _));
        Assert.True(pair.B.TryOpen(ChannelPair.Seal(pair.A, "", ChannelMessageKind.Keepalive), out var keepalive));
        Assert.Equal(ChannelMessageKind.Keepalive, keepalive.Kind);
        Assert.False(pair.B.PeerClosed);
        Assert.True(pair.B.TryOpen(ChannelPair.Seal(pair.A, "", ChannelMessageKind.Close), out var close));
        Assert.Equal(ChannelMessageKind.Close, close.Kind);
        Assert.True(pair.B.PeerClosed);
    }

    [Fact]
    public void Channel_AnythingAfterFinal_Rejected()
    {
        using var pair = new ChannelPair();
        var close = ChannelPair.Seal(pair.A, "", ChannelMessageKind.Close);
        Assert.Throws<InvalidOperationException>(() => pair.A.TrySeal(ChannelMessageKind.Text, "late", out _));
        Assert.True(pair.B.TryOpen(close, out _));
        Assert.False(pair.B.TryOpen(close, out _));
        Assert.True(pair.B.IsDestroyed);
    }

    [Fact]
    public void Channel_OwnChunkReflected_Rejected()
    {
        using var pair = new ChannelPair();
        Assert.False(pair.A.TryOpen(ChannelPair.Seal(pair.A, "echo"), out _));
    }

    public static TheoryData<byte[], int> ForgedPlaintexts => new()
    {
        { Padded([1, 0xC3, 0x28]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Rekey }, // invalid UTF-8
        { Padded([9]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Rekey },             // unknown type
        { Padded([3]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Rekey },             // close without Final
        { Padded([1, 0x41]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Final },       // text with Final
        { Padded([1, 0x41]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Message },     // no per-message rekey
        { Padded([2, 0x41]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Rekey },       // keepalive with a body
        { new byte[256], (int)IncrementalXChaCha20Poly1305.ChunkFlag.Rekey },           // no 0x80 padding marker
        { Padded([1, 0x41], 200), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Rekey },  // not a bucket size
    };

    [Theory]
    [MemberData(nameof(ForgedPlaintexts))]
    public void Channel_ForgedButAuthenticChunk_Rejected(byte[] padded, int flag)
    {
        using var pair = new ChannelPair();
        var ad = LengthValue.Concat("tchat/2"u8.ToArray(), "data"u8.ToArray(), pair.SessionId);
        var chunk = ChannelPair.Forge(pair.KeyAToB, out var header, padded, ad, (IncrementalXChaCha20Poly1305.ChunkFlag)flag);
        using var receiver = new SecureChannel(new IncrementalXChaCha20Poly1305(new byte[24], pair.KeyBToA, true), pair.KeyAToB, header, pair.SessionId);
        Assert.False(receiver.TryOpen(chunk, out _));
        Assert.True(receiver.IsDestroyed);
    }

    [Fact]
    public void Channel_WrongSessionId_Rejected()
    {
        using var pair = new ChannelPair();
        using var other = new SecureChannel(new IncrementalXChaCha20Poly1305(new byte[24], pair.KeyBToA, true), pair.KeyAToB, pair.HeaderAToB, s_zeroSessionId);
        Assert.False(other.TryOpen(ChannelPair.Seal(pair.A, "bound to sessId"), out _));
    }

    [Fact]
    public void Channel_UseAfterDispose_ThrowsObjectDisposed()
    {
        var pair = new ChannelPair();
        var chunk = ChannelPair.Seal(pair.A, "x");
        pair.Dispose();
        Assert.Throws<ObjectDisposedException>(() => pair.B.TryOpen(chunk, out _));
        Assert.Throws<ObjectDisposedException>(() => pair.A.TrySeal(ChannelMessageKind.Text, "x", out _));
    }

    private static byte[] Padded(byte[] plaintext, int size = 256)
    {
        var padded = new byte[size];
        Iso78164Padding.Pad(padded, plaintext, size);
        return padded;
    }
}
