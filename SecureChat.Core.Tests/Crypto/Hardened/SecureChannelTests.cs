using Geralt;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

public sealed class SecureChannelTests
{
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
    [InlineData(0, 0, 256)]
    [InlineData(16, 0, 256)]
    [InlineData(300, 0, 1024)]
    [InlineData(1, 16384, 16384)]
    [InlineData(16382, 16384, 16384)]
    [InlineData(16383, 16384, 65536)]
    public void Channel_BinaryBody_RoundTripsPaddedToAtLeastTheMinimumBucket(int bodyBytes, int minBucket, int bucket)
    {
        using var pair = new ChannelPair();
        var body = Enumerable.Range(0, bodyBytes).Select(i => (byte)i).ToArray();
        var chunk = new byte[SecureChannel.GetChunkSize(bodyBytes, minBucket)];

        Assert.True(pair.A.TrySeal(chunk, ChannelMessageKind.PipeData, body, minBucket));

        Assert.Equal(bucket + IncrementalXChaCha20Poly1305.TagSize, chunk.Length);
        Assert.True(pair.B.TryOpen(chunk, out var opened));
        Assert.Equal((ChannelMessageKind.PipeData, ""), (opened.Kind, opened.Text));
        Assert.Equal(body, opened.Body);
    }

    [Fact]
    public void Channel_BinaryKindThroughTheTextOverload_AndTextThroughTheBinaryOne_AreMisuse()
    {
        using var pair = new ChannelPair();
        Assert.Throws<ArgumentOutOfRangeException>(() => pair.A.TrySeal(ChannelMessageKind.FileChunk, "", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => pair.A.TrySeal(new byte[SecureChannel.GetChunkSize(1, 0)], ChannelMessageKind.Text, [0x41], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => pair.A.TrySeal(new byte[SecureChannel.GetChunkSize(0, 0)], ChannelMessageKind.Close, [], 0));
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
    public void Channel_LengthsWithinBucket_Indistinguishable()
    {
        using var pair = new ChannelPair();
        var lengths = new[] { "", "a", "ok", new string('x', 200), new string('é', 127) }
            .Select(t => ChannelPair.Seal(pair.A, t).Length)
            .Append(ChannelPair.Seal(pair.A, "", ChannelMessageKind.Keepalive).Length)
            .Distinct();
        Assert.Equal([256 + IncrementalXChaCha20Poly1305.TagSize], lengths);
    }

    [Fact]
    public void Channel_Misuse_Throws()
    {
        using var pair = new ChannelPair();
        Assert.Throws<ArgumentException>(() => pair.A.TrySeal(ChannelMessageKind.Keepalive, "body", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => pair.A.TrySeal((ChannelMessageKind)7, "", out _));
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
    public void Channel_UseAfterDispose_ThrowsObjectDisposed()
    {
        var pair = new ChannelPair();
        var chunk = ChannelPair.Seal(pair.A, "x");
        pair.Dispose();
        Assert.Throws<ObjectDisposedException>(() => pair.B.TryOpen(chunk, out _));
        Assert.Throws<ObjectDisposedException>(() => pair.A.TrySeal(ChannelMessageKind.Text, "x", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("a line that is long enough to need more than one base64 group ✓")]
    public void Channel_SealIntoSpan_SameSizeAndOpensLikeTheArrayForm(string text)
    {
        using var pair = new ChannelPair();
        var size = SecureChannel.GetChunkSize(text);
        var chunk = new byte[size];

        Assert.True(pair.A.TrySeal(chunk, ChannelMessageKind.Text, text));
        Assert.Equal(ChannelPair.Seal(pair.B, text).Length, size);
        Assert.True(pair.B.TryOpen(chunk, out var message));
        Assert.Equal(text, message.Text);
    }

    [Fact]
    public void Channel_SealIntoWrongSizedSpan_Throws()
    {
        using var pair = new ChannelPair();
        var size = SecureChannel.GetChunkSize("x");

        Assert.Throws<ArgumentException>(() => pair.A.TrySeal(new byte[size - 1], ChannelMessageKind.Text, "x"));
        Assert.Throws<ArgumentException>(() => pair.A.TrySeal(new byte[size + 1], ChannelMessageKind.Text, "x"));
        Assert.Equal(0, SecureChannel.GetChunkSize(new string('x', ChannelPadding.MaxTextSize + 1)));
    }
}
