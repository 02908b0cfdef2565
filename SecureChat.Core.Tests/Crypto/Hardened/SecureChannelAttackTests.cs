using Geralt;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>
/// The network is hostile: each failure must return false with no plaintext and then destroy the channel,
/// because a failed secretstream pull leaves the state unchanged and would otherwise let an attacker probe.
/// </summary>
public sealed class SecureChannelAttackTests
{
    private static readonly byte[] s_zeroSessionId = new byte[32];

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
        { Padded([15]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Rekey },            // unknown type (past PipeAck)
        { Padded([0]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Rekey },             // unknown type (zero)
        { Padded([7, 0x41]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Final },       // file chunk with Final
        { Padded([12, 0x41]), (int)IncrementalXChaCha20Poly1305.ChunkFlag.Message },    // pipe data without rekey
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

    private static byte[] Padded(byte[] plaintext, int size = 256)
    {
        var padded = new byte[size];
        Iso78164Padding.Pad(padded, plaintext, size);
        return padded;
    }
}
