using Geralt;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>Two channels wired to each other from random keys (cheap, for per-byte tests), plus raw forgers.</summary>
internal sealed class ChannelPair : IDisposable
{
    public ChannelPair()
    {
        SecureRandom.Fill(KeyAToB);
        SecureRandom.Fill(KeyBToA);
        SecureRandom.Fill(SessionId);
        var headerAToB = new byte[IncrementalXChaCha20Poly1305.HeaderSize];
        var headerBToA = new byte[IncrementalXChaCha20Poly1305.HeaderSize];
        var pushA = new IncrementalXChaCha20Poly1305(headerAToB, KeyAToB, encryption: true);
        var pushB = new IncrementalXChaCha20Poly1305(headerBToA, KeyBToA, encryption: true);
        A = new SecureChannel(pushA, KeyBToA, headerBToA, SessionId);
        B = new SecureChannel(pushB, KeyAToB, headerAToB, SessionId);
        HeaderAToB = headerAToB;
    }

    public byte[] KeyAToB { get; } = new byte[32];

    public byte[] KeyBToA { get; } = new byte[32];

    public byte[] SessionId { get; } = new byte[32];

    public byte[] HeaderAToB { get; }

    public SecureChannel A { get; }

    public SecureChannel B { get; }

    public static byte[] Seal(SecureChannel from, string text, ChannelMessageKind kind = ChannelMessageKind.Text)
    {
        Assert.True(from.TrySeal(kind, text, out var chunk));
        return chunk;
    }

    /// <summary>A chunk as a peer with the A→B key could forge it, bypassing SecureChannel's own checks.</summary>
    public static byte[] Forge(byte[] key, out byte[] header, byte[] padded, byte[] associatedData, IncrementalXChaCha20Poly1305.ChunkFlag flag)
    {
        header = new byte[IncrementalXChaCha20Poly1305.HeaderSize];
        using var push = new IncrementalXChaCha20Poly1305(header, key, encryption: true);
        var chunk = new byte[padded.Length + IncrementalXChaCha20Poly1305.TagSize];
        push.EncryptChunk(chunk, padded, associatedData, flag);
        return chunk;
    }

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
    }
}
