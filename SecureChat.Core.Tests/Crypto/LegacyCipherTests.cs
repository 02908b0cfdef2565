using System.Text;
using SecureChat.Crypto;

namespace SecureChat.Core.Tests.Crypto;

public sealed class LegacyCipherTests
{
    [Fact]
    public void SealOpen_GeneratedKeys_RoundTrips()
    {
        using var pair = new CipherPair();

        var opened = pair.Bob.Open(pair.Alice.Seal("Hello, Bob \u00E9 \U0001F600"));

        Assert.Equal(ErrorCode.None, opened.Error);
        Assert.Equal("Hello, Bob \u00E9 \U0001F600", opened.Text);
    }

    [Fact]
    public void SealOpen_BothDirections_RoundTrip()
    {
        using var pair = new CipherPair();

        Assert.Equal("ping", pair.Bob.Open(pair.Alice.Seal("ping")).Text);
        Assert.Equal("pong", pair.Alice.Open(pair.Bob.Seal("pong")).Text);
    }

    [Fact]
    public void Seal_PayloadLayout_IsNonceMacCiphertext()
    {
        using var pair = new CipherPair();

        var payload = pair.Alice.Seal("Hello");

        Assert.Equal(NaclBox.NonceSize + NaclBox.TagSize + 5, payload.Length);
    }

    [Fact]
    public void Open_SamePayloadTwice_ReplayDetected()
    {
        using var pair = new CipherPair();
        var payload = pair.Alice.Seal("once only");

        var first = pair.Bob.Open(payload);
        var second = pair.Bob.Open(payload);

        Assert.Equal("once only", first.Text);
        Assert.Equal(ErrorCode.ReplayDetected, second.Error);
        Assert.Null(second.Text);
    }

    [Fact]
    public void Open_OurOwnPayloadReflected_ReplayDetected()
    {
        using var pair = new CipherPair();
        var payload = pair.Alice.Seal("my own words");

        // NaCl box keys are symmetric, so only the nonce cache tells a reflection from a reply.
        var reflected = pair.Alice.Open(payload);

        Assert.Equal(ErrorCode.ReplayDetected, reflected.Error);
        Assert.Null(reflected.Text);
    }

    [Fact]
    public void Open_TamperedEachByte_DecryptionFailedAndNoText()
    {
        using var pair = new CipherPair();
        var payload = pair.Alice.Seal("do not touch");

        for (var i = 0; i < payload.Length; i++)
        {
            var tampered = (byte[])payload.Clone();
            tampered[i] ^= 0x01;

            var result = pair.Bob.Open(tampered);

            Assert.Equal(ErrorCode.DecryptionFailed, result.Error);
            Assert.Null(result.Text);
        }

        // Forgeries must not enter the nonce cache: the genuine payload still opens afterwards.
        Assert.Equal("do not touch", pair.Bob.Open(payload).Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(39)]
    public void Open_ShorterThanOverhead_InvalidPayloadLength(int length)
    {
        using var pair = new CipherPair();

        var result = pair.Bob.Open(new byte[length]);

        Assert.Equal(ErrorCode.InvalidPayloadLength, result.Error);
        Assert.Null(result.Text);
    }

    public static TheoryData<string, byte[]> InvalidPeerPlaintexts => new()
    {
        { "lone continuation byte", [0x80] },
        { "truncated two-byte sequence", [0x41, 0xC3] },
        { "overlong slash", [0xC0, 0xAF] },
        { "encoded surrogate", [0xED, 0xA0, 0x80] },
        { "0xFF", [0x68, 0x69, 0xFF] },
        { "empty", [] },
        { "whitespace only", " \t\n "u8.ToArray() },
        { "1001 ASCII characters", Encoding.UTF8.GetBytes(new string('a', 1001)) },
        { "1001 astral emoji", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("\U0001F600", 1001))) },
    };

    [Theory]
    [MemberData(nameof(InvalidPeerPlaintexts))]
    public void Open_AuthenticButBreaksMessageRules_InvalidPeerMessage(string scenario, byte[] plaintext)
    {
        using var pair = new CipherPair();

        var result = pair.Bob.Open(pair.RawAliceSeals(plaintext));

        Assert.True(result.Error == ErrorCode.InvalidPeerMessage, $"{scenario}: {result.Error}");
        Assert.Null(result.Text);
    }

    [Fact]
    public void Open_1000AstralEmojiFromRawBox_Accepted()
    {
        using var pair = new CipherPair();
        var text = string.Concat(Enumerable.Repeat("\U0001F600", 1000));

        var result = pair.Bob.Open(pair.RawAliceSeals(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(ErrorCode.None, result.Error);
        Assert.Equal(text, result.Text);
    }

    [Theory]
    [InlineData("\u001B[31mred\u001B[0m", "red")]
    [InlineData("\u001B]8;;https://evil.example/\u0007click\u001B]8;;\u0007", "click")]
    [InlineData("\u001B]0;pwned\u001B\\hi", "hi")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("\u009B2Jgone", "gone")]
    public void Open_ControlSequencesInPlaintext_Sanitised(string sent, string expected)
    {
        using var pair = new CipherPair();

        var result = pair.Bob.Open(pair.Alice.Seal(sent));

        Assert.Equal(ErrorCode.None, result.Error);
        Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void TryCreate_LowOrderPeerKey_Null()
    {
        using var keys = EphemeralKeyPair.Generate();

        Assert.Null(LegacyCipher.TryCreate(keys, new byte[32]));
        Assert.Null(LegacyCipher.TryCreate(keys, Vectors.TestVectors.NaclBox.SmallOrderPublicKey));
    }

    [Fact]
    public void TryCreate_WrongLengthPeerKey_Null()
    {
        using var keys = EphemeralKeyPair.Generate();
        using var peer = EphemeralKeyPair.Generate();

        Assert.Null(LegacyCipher.TryCreate(keys, peer.PublicKey[..31]));
    }

    [Fact]
    public void Dispose_ThenSealOrOpen_ThrowsObjectDisposedException()
    {
        var pair = new CipherPair();
        var payload = pair.Alice.Seal("before dispose");
        pair.Dispose();

        Assert.True(pair.Alice.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => pair.Alice.Seal("after dispose"));
        Assert.Throws<ObjectDisposedException>(() => pair.Bob.Open(payload));
    }

    [Fact]
    public void ToString_ShowsNoKeys()
    {
        using var pair = new CipherPair();

        Assert.Equal("legacy cipher (keys hidden)", pair.Alice.ToString());
    }

    /// <summary>Two peers' ciphers, plus a raw box on Alice's side to seal plaintexts LegacyCipher.Seal would not.</summary>
    private sealed class CipherPair : IDisposable
    {
        private readonly EphemeralKeyPair _aliceKeys = EphemeralKeyPair.Generate();
        private readonly EphemeralKeyPair _bobKeys = EphemeralKeyPair.Generate();
        private readonly NaclBox _rawAlice;

        public CipherPair()
        {
            Alice = LegacyCipher.TryCreate(_aliceKeys, _bobKeys.PublicKey)!;
            Bob = LegacyCipher.TryCreate(_bobKeys, _aliceKeys.PublicKey)!;
            _rawAlice = NaclBox.TryCreate(_aliceKeys, _bobKeys.PublicKey)!;
        }

        public LegacyCipher Alice { get; }

        public LegacyCipher Bob { get; }

        public byte[] RawAliceSeals(byte[] plaintext)
        {
            var payload = new byte[NaclBox.GetCiphertextSize(plaintext.Length)];
            _rawAlice.Encrypt(payload, plaintext);
            return payload;
        }

        public void Dispose()
        {
            Alice.Dispose();
            Bob.Dispose();
            _rawAlice.Dispose();
            _aliceKeys.Dispose();
            _bobKeys.Dispose();
        }
    }
}
