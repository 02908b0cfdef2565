using Geralt;
using SecureChat.Crypto.Hardened;
using SecureChat.Pipeline;
using SecureChat.Protocol;

namespace SecureChat.Core.Tests.Pipeline;

/// <summary>
/// <see cref="InboundFrame.Decode"/> tries the data frame first (the hot path); the result must be what the
/// legacy-first order gave: the chunk, and the legacy codec's own verdict on the same text.
/// </summary>
public sealed class InboundFrameTests
{
    [Theory]
    [InlineData(256)]
    [InlineData(1024)]
    [InlineData(4096)]
    [InlineData(16384)]
    public void Decode_DataFrame_ChunkAndTheLegacyVerdict(int bucket)
    {
        var chunk = new byte[bucket + IncrementalXChaCha20Poly1305.TagSize];
        SecureRandom.Fill(chunk);
        var text = DataFrame.Encode(chunk);

        var frame = InboundFrame.Decode(text);

        Assert.Equal(chunk, frame.Chunk);
        Assert.Null(frame.Handshake);
        Assert.Equal(FrameCodec.Decode(text), frame.Legacy);
    }

    [Fact]
    public void Decode_DataFrameOverTheLegacyBound_IsNoChunk()
    {
        var text = DataFrame.Encode(new byte[DataFrame.MaxChunkSize]);

        var frame = InboundFrame.Decode(text);

        Assert.Null(frame.Chunk);
        Assert.Equal(ErrorCode.FrameTooLarge, frame.Legacy.Error);
    }

    [Fact]
    public void Decode_LegacyAndHandshakeFrames_Unchanged()
    {
        var peerFound = FrameCodec.Encode(PeerFoundFrame.Instance);
        using var initiator = new HandshakeInitiator("ROOM2026AB", "alpha-bravo-charlie"u8);
        var hs1 = initiator.Start().Encode();

        Assert.Equal(FrameCodec.Decode(peerFound), InboundFrame.Decode(peerFound).Legacy);
        Assert.IsType<Hs1>(InboundFrame.Decode(hs1).Handshake);
        Assert.Null(InboundFrame.Decode(hs1).Chunk);
    }
}
