using System.Text;
using SecureChat.Core.Tests.Vectors;
using SecureChat.Crypto;
using SecureChat.Crypto.Interop;

namespace SecureChat.Core.Tests.Crypto;

/// <summary>
/// The reference client sends PyNaCl's <c>Box(sk, pk).encrypt(msg)</c>, which is <c>nonce || crypto_box_easy(msg)</c>
/// (= nonce || MAC || ciphertext; the spec's §7.2 writes "Nonce || Ciphertext || MAC", but PyNaCl puts the MAC first).
/// These payloads are built the PyNaCl way, with libsodium's one-shot crypto_box_easy rather than NaclBox.
/// </summary>
public sealed class PyNaclCompatibilityTests
{
    private static readonly NaclBoxVector s_kat = TestVectors.NaclBox;

    [Fact]
    public void CryptoBoxEasy_VectorKeysAndNonce_MatchesPublishedBox()
    {
        Sodium.EnsureInitialized();
        var box = new byte[s_kat.Message.Length + NaclBox.TagSize];

        Assert.Equal(0, Sodium.crypto_box_easy(box, s_kat.Message, (ulong)s_kat.Message.Length, s_kat.Nonce, s_kat.BobPublicKey, s_kat.AliceSecretKey));
        Assert.Equal(s_kat.Box.ToArray(), box);
    }

    [Fact]
    public void LegacyCipher_PublishedVectorPayload_AuthenticatesButIsNotUtf8Text()
    {
        using var alice = EphemeralKeyPair.Import(s_kat.AliceSecretKey);
        using var bob = EphemeralKeyPair.Import(NaclBoxVector.BobSecretKey);
        using var cipher = LegacyCipher.TryCreate(bob, alice.PublicKey)!;

        // The vector's message is random bytes: authentication passes, then the UTF-8 rule refuses it.
        var result = cipher.Open(s_kat.NonceAndBox());

        Assert.Equal(ErrorCode.InvalidPeerMessage, result.Error);
        Assert.Null(result.Text);
    }

    [Fact]
    public void LegacyCipher_PyNaclStylePayloadWithVectorKeysAndNonce_Opens()
    {
        const string Text = "Hello from PyNaCl \u00E9 \U0001F600";
        var payload = PyNaclEncrypt(s_kat.AliceSecretKey, s_kat.BobPublicKey, s_kat.Nonce, Encoding.UTF8.GetBytes(Text));
        using var alice = EphemeralKeyPair.Import(s_kat.AliceSecretKey);
        using var bob = EphemeralKeyPair.Import(NaclBoxVector.BobSecretKey);
        using var cipher = LegacyCipher.TryCreate(bob, alice.PublicKey)!;

        var result = cipher.Open(payload);

        Assert.Equal(ErrorCode.None, result.Error);
        Assert.Equal(Text, result.Text);
    }

    [Fact]
    public void LegacyCipher_SealedPayload_OpensWithPyNaclStyleDecrypt()
    {
        using var alice = EphemeralKeyPair.Import(s_kat.AliceSecretKey);
        using var bob = EphemeralKeyPair.Import(NaclBoxVector.BobSecretKey);
        using var cipher = LegacyCipher.TryCreate(alice, bob.PublicKey)!;

        var payload = cipher.Seal("to the python peer");

        // What PyNaCl's Box(bob_sk, alice_pk).decrypt(payload) does: split off the nonce, open the rest.
        using var bobBox = NaclBox.TryCreate(bob, alice.PublicKey)!;
        var plaintext = new byte[payload.Length - NaclBox.Overhead];
        Assert.True(bobBox.TryDecrypt(plaintext, payload));
        Assert.Equal("to the python peer", Encoding.UTF8.GetString(plaintext));
    }

    [Fact]
    public void LegacyCipher_PyNaclPayloadWithMacMovedToEnd_DecryptionFailed()
    {
        // The spec's literal "Nonce || Ciphertext || MAC" layout is not what PyNaCl sends, and must not open.
        var payload = PyNaclEncrypt(s_kat.AliceSecretKey, s_kat.BobPublicKey, s_kat.Nonce, "layout"u8.ToArray());
        var nonce = payload[..NaclBox.NonceSize];
        var mac = payload[NaclBox.NonceSize..NaclBox.Overhead];
        var ciphertext = payload[NaclBox.Overhead..];
        using var alice = EphemeralKeyPair.Import(s_kat.AliceSecretKey);
        using var bob = EphemeralKeyPair.Import(NaclBoxVector.BobSecretKey);
        using var cipher = LegacyCipher.TryCreate(bob, alice.PublicKey)!;

        var result = cipher.Open([.. nonce, .. ciphertext, .. mac]);

        Assert.Equal(ErrorCode.DecryptionFailed, result.Error);
    }

    private static byte[] PyNaclEncrypt(ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> nonce, byte[] message)
    {
        Sodium.EnsureInitialized();
        var box = new byte[message.Length + NaclBox.TagSize];
        Assert.Equal(0, Sodium.crypto_box_easy(box, message, (ulong)message.Length, nonce, publicKey, secretKey));
        return [.. nonce, .. box];
    }
}
