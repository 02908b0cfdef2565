using SecureChat.Core.Tests.Vectors;
using SecureChat.Crypto;

namespace SecureChat.Core.Tests.Crypto;

/// <summary>
/// NaclBox against the crypto_box known answer from libsodium test/default/box.c / box.exp (Bernstein,
/// "Cryptography in NaCl"), plus tamper, low-order key and dispose contracts.
/// </summary>
public sealed class NaclBoxTests
{
    private static readonly NaclBoxVector s_kat = TestVectors.NaclBox;

    [Fact]
    public void Kat_AliceSealsVectorMessage_MatchesPublishedBox()
    {
        using var alice = EphemeralKeyPair.Import(s_kat.AliceSecretKey);
        using var box = NaclBox.TryCreate(alice, s_kat.BobPublicKey)!;
        var output = new byte[NaclBox.GetCiphertextSize(s_kat.Message.Length)];

        box.Encrypt(output, s_kat.Message, s_kat.Nonce);

        // NaclBox writes nonce || (crypto_box_easy output = MAC || ciphertext).
        Assert.Equal(s_kat.Nonce.ToArray(), output[..NaclBox.NonceSize]);
        Assert.Equal(s_kat.Box.ToArray(), output[NaclBox.NonceSize..]);
    }

    [Fact]
    public void Kat_BobSecretKey_DerivesVectorPublicKey()
    {
        using var bob = EphemeralKeyPair.Import(NaclBoxVector.BobSecretKey);

        Assert.Equal(s_kat.BobPublicKey.ToArray(), bob.PublicKey.ToArray());
    }

    [Fact]
    public void Kat_BobOpensPublishedBox_GivesVectorMessage()
    {
        using var alice = EphemeralKeyPair.Import(s_kat.AliceSecretKey);
        using var bob = EphemeralKeyPair.Import(NaclBoxVector.BobSecretKey);
        using var box = NaclBox.TryCreate(bob, alice.PublicKey)!;
        var plaintext = new byte[s_kat.Message.Length];

        Assert.True(box.TryDecrypt(plaintext, s_kat.NonceAndBox()));
        Assert.Equal(s_kat.Message.ToArray(), plaintext);
    }

    [Fact]
    public void Decrypt_TamperedEachByte_FalseAndNoPlaintext()
    {
        using var bob = EphemeralKeyPair.Import(NaclBoxVector.BobSecretKey);
        using var alice = EphemeralKeyPair.Import(s_kat.AliceSecretKey);
        using var box = NaclBox.TryCreate(bob, alice.PublicKey)!;
        var sealedBox = s_kat.NonceAndBox();
        var plaintext = new byte[sealedBox.Length - NaclBox.Overhead];

        for (var i = 0; i < sealedBox.Length; i++)
        {
            foreach (var flip in (byte[])[0x01, 0x80, 0xFF])
            {
                var tampered = (byte[])sealedBox.Clone();
                tampered[i] ^= flip;
                Array.Fill(plaintext, (byte)0xA5);

                Assert.False(box.TryDecrypt(plaintext, tampered), $"byte {i} ^ 0x{flip:X2} accepted");
                Assert.All(plaintext, static b => Assert.Equal(0xA5, b));
            }
        }
    }

    [Fact]
    public void Decrypt_TruncatedOrExtended_False()
    {
        using var pair = new BoxPair();
        var sealedBox = pair.AliceSeals("truncate me"u8);

        Assert.False(pair.BobOpens(sealedBox[..^1], out _));
        Assert.False(pair.BobOpens([.. sealedBox, 0x00], out _));
        Assert.False(pair.BobOpens(sealedBox[..NaclBox.Overhead], out _));
        Assert.False(pair.Bob.TryDecrypt([], sealedBox.AsSpan(0, NaclBox.Overhead - 1)));
    }

    [Fact]
    public void Decrypt_PlaintextBufferOfWrongLength_False()
    {
        using var pair = new BoxPair();
        var sealedBox = pair.AliceSeals("hello"u8);

        Assert.False(pair.Bob.TryDecrypt(new byte[4], sealedBox));
        Assert.False(pair.Bob.TryDecrypt(new byte[6], sealedBox));
    }

    [Fact]
    public void Decrypt_BoxForSomeoneElse_False()
    {
        using var pair = new BoxPair();
        using var mallory = EphemeralKeyPair.Generate();
        using var malloryBox = NaclBox.TryCreate(mallory, pair.AliceKeys.PublicKey)!;
        var sealedBox = pair.AliceSeals("for bob only"u8);

        Assert.False(malloryBox.TryDecrypt(new byte[sealedBox.Length - NaclBox.Overhead], sealedBox));
    }

    [Fact]
    public void TryCreate_SmallOrderPublicKeyFromVector_Null()
    {
        using var alice = EphemeralKeyPair.Import(s_kat.AliceSecretKey);

        Assert.Null(NaclBox.TryCreate(alice, s_kat.SmallOrderPublicKey));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")] // u = 0
    [InlineData("0100000000000000000000000000000000000000000000000000000000000000")] // u = 1
    [InlineData("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // u = p - 1
    public void TryCreate_OtherLowOrderPoints_Null(string hex)
    {
        using var keys = EphemeralKeyPair.Generate();

        Assert.Null(NaclBox.TryCreate(keys, Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(64)]
    public void TryCreate_WrongLengthKey_Null(int length)
    {
        using var keys = EphemeralKeyPair.Generate();
        var peer = new byte[length];
        Array.Fill(peer, (byte)9);

        Assert.Null(NaclBox.TryCreate(keys, peer));
    }

    [Fact]
    public void TryCreate_DisposedKeyPair_ThrowsObjectDisposedException()
    {
        var keys = EphemeralKeyPair.Generate();
        keys.Dispose();

        Assert.Throws<ObjectDisposedException>(() => NaclBox.TryCreate(keys, s_kat.BobPublicKey));
    }

    [Fact]
    public void Dispose_ThenEncryptOrDecrypt_ThrowsObjectDisposedException()
    {
        var pair = new BoxPair();
        var sealedBox = pair.AliceSeals("before dispose"u8);
        pair.Dispose();

        Assert.True(pair.Alice.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => pair.Alice.Encrypt(new byte[NaclBox.Overhead + 1], "x"u8));
        Assert.Throws<ObjectDisposedException>(() => pair.Alice.Encrypt(new byte[NaclBox.Overhead + 1], "x"u8, new byte[NaclBox.NonceSize]));
        Assert.Throws<ObjectDisposedException>(() => pair.Bob.TryDecrypt(new byte[sealedBox.Length - NaclBox.Overhead], sealedBox));
    }

    [Fact]
    public void Dispose_Twice_NoThrow()
    {
        var pair = new BoxPair();
        pair.Dispose();

        pair.Alice.Dispose();
        Assert.True(pair.Alice.IsDisposed);
    }

    [Fact]
    public void Encrypt_GeneratedKeysBothWays_Interoperate()
    {
        using var pair = new BoxPair();

        Assert.True(pair.BobOpens(pair.AliceSeals("alice to bob"u8), out var toBob));
        Assert.Equal("alice to bob"u8.ToArray(), toBob);

        var toAliceBox = new byte[NaclBox.GetCiphertextSize(12)];
        pair.Bob.Encrypt(toAliceBox, "bob to alice"u8);
        var toAlice = new byte[12];
        Assert.True(pair.Alice.TryDecrypt(toAlice, toAliceBox));
        Assert.Equal("bob to alice"u8.ToArray(), toAlice);
    }

    [Fact]
    public void Encrypt_EmptyPlaintext_RoundTripsAsOverheadOnly()
    {
        using var pair = new BoxPair();

        var sealedBox = pair.AliceSeals([]);

        Assert.Equal(NaclBox.Overhead, sealedBox.Length);
        Assert.True(pair.BobOpens(sealedBox, out var plaintext));
        Assert.Empty(plaintext);
    }

    [Fact]
    public void Encrypt_SameTextTwice_NoncesAndCiphertextsDiffer()
    {
        using var pair = new BoxPair();

        var first = pair.AliceSeals("same text"u8);
        var second = pair.AliceSeals("same text"u8);

        Assert.NotEqual(first[..NaclBox.NonceSize], second[..NaclBox.NonceSize]);
        Assert.NotEqual(first[NaclBox.NonceSize..], second[NaclBox.NonceSize..]);
    }

    [Fact]
    public void Encrypt_OutputOfWrongSize_ThrowsArgumentOutOfRange()
    {
        using var pair = new BoxPair();

        Assert.Throws<ArgumentOutOfRangeException>(() => pair.Alice.Encrypt(new byte[NaclBox.Overhead + 4], "hello"u8));
        Assert.Throws<ArgumentOutOfRangeException>(() => pair.Alice.Encrypt(new byte[NaclBox.Overhead + 5], "hello"u8, new byte[23]));
    }

    [Fact]
    public void Sizes_MatchNaclConstants()
    {
        Assert.Equal(24, NaclBox.NonceSize);
        Assert.Equal(16, NaclBox.TagSize);
        Assert.Equal(40, NaclBox.Overhead);
        Assert.Equal(45, NaclBox.GetCiphertextSize(5));
    }

    [Fact]
    public void ToString_ShowsNoKeyBytes()
    {
        using var alice = EphemeralKeyPair.Import(s_kat.AliceSecretKey);
        using var box = NaclBox.TryCreate(alice, s_kat.BobPublicKey)!;

        Assert.Equal("NaCl box (key hidden)", box.ToString());
    }

    /// <summary>Two fresh key pairs and the box each side derives.</summary>
    private sealed class BoxPair : IDisposable
    {
        public BoxPair()
        {
            AliceKeys = EphemeralKeyPair.Generate();
            BobKeys = EphemeralKeyPair.Generate();
            Alice = NaclBox.TryCreate(AliceKeys, BobKeys.PublicKey)!;
            Bob = NaclBox.TryCreate(BobKeys, AliceKeys.PublicKey)!;
        }

        public EphemeralKeyPair AliceKeys { get; }

        public EphemeralKeyPair BobKeys { get; }

        public NaclBox Alice { get; }

        public NaclBox Bob { get; }

        public byte[] AliceSeals(ReadOnlySpan<byte> plaintext)
        {
            var output = new byte[NaclBox.GetCiphertextSize(plaintext.Length)];
            Alice.Encrypt(output, plaintext);
            return output;
        }

        public bool BobOpens(byte[] sealedBox, out byte[] plaintext)
        {
            plaintext = new byte[Math.Max(0, sealedBox.Length - NaclBox.Overhead)];
            return Bob.TryDecrypt(plaintext, sealedBox);
        }

        public void Dispose()
        {
            Alice.Dispose();
            Bob.Dispose();
            AliceKeys.Dispose();
            BobKeys.Dispose();
        }
    }
}
