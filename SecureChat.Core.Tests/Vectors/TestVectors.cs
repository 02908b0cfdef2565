using System.Text.Json;

namespace SecureChat.Core.Tests.Vectors;

/// <summary>
/// Loads the published vectors copied beside the tests (see Vectors/README.md for where each file comes from).
/// </summary>
internal static class TestVectors
{
    private static readonly Lazy<NaclBoxVector> s_naclBox = new(LoadNaclBox);

    /// <summary>libsodium test/default/box.c + box.exp: the vector from Bernstein's "Cryptography in NaCl".</summary>
    public static NaclBoxVector NaclBox => s_naclBox.Value;

    private static NaclBoxVector LoadNaclBox()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "nacl-box.json")));
        var root = document.RootElement;
        byte[] Hex(string name) => Convert.FromHexString(root.GetProperty(name).GetString()!);
        return new NaclBoxVector(
            Hex("alice_secret_key"),
            Hex("bob_public_key"),
            Hex("nonce"),
            Hex("message"),
            Hex("box"),
            Hex("small_order_public_key"));
    }
}

/// <summary>One crypto_box known answer. <see cref="Box"/> is crypto_box_easy output: MAC(16) || ciphertext.</summary>
internal sealed class NaclBoxVector(
    byte[] aliceSecretKey, byte[] bobPublicKey, byte[] nonce, byte[] message, byte[] box, byte[] smallOrderPublicKey)
{
    /// <summary>
    /// Bob's secret key is not in nacl-box.json. It is the published one from RFC 7748 §6.1 and libsodium
    /// test/default/box2.c (<c>bobsk</c>); <c>Kat_BobSecretKey_DerivesVectorPublicKey</c> checks it against the file.
    /// </summary>
    public const string BobSecretKeyHex = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";

    public ReadOnlySpan<byte> AliceSecretKey => aliceSecretKey;

    public ReadOnlySpan<byte> BobPublicKey => bobPublicKey;

    public static ReadOnlySpan<byte> BobSecretKey => Convert.FromHexString(BobSecretKeyHex);

    public ReadOnlySpan<byte> Nonce => nonce;

    public ReadOnlySpan<byte> Message => message;

    /// <summary>MAC(16) || ciphertext, as crypto_box_easy writes it.</summary>
    public ReadOnlySpan<byte> Box => box;

    public ReadOnlySpan<byte> SmallOrderPublicKey => smallOrderPublicKey;

    /// <summary>What PyNaCl's <c>Box(sk, pk).encrypt(msg, nonce)</c> returns and what NaclBox writes: nonce || MAC || ciphertext.</summary>
    public byte[] NonceAndBox() => [.. nonce, .. box];
}
