using System.Text;
using Geralt;
using SecureChat.Protocol;

namespace SecureChat.Crypto;

/// <summary>
/// The specification's message layer: UTF-8 text sealed in a NaCl box, plus a nonce cache against replays
/// and reflections. Opening runs the inbound checks in order: length, replay, authentication, UTF-8,
/// message rules, terminal sanitising. Plaintext buffers are zeroed after use.
/// </summary>
internal sealed class LegacyCipher : IDisposable
{
    private readonly NaclBox _box;
    private readonly NonceCache _nonces = new();

    private LegacyCipher(NaclBox box) => _box = box;

    /// <summary>Agrees keys with the peer; <see langword="null"/> when its key is a low-order point.</summary>
    public static LegacyCipher? TryCreate(EphemeralKeyPair ownKeys, ReadOnlySpan<byte> peerPublicKey) =>
        NaclBox.TryCreate(ownKeys, peerPublicKey) is { } box ? new LegacyCipher(box) : null;

    public bool IsDisposed => _box.IsDisposed;

    public byte[] Seal(string text)
    {
        var plaintext = Encoding.UTF8.GetBytes(text);
        try
        {
            var payload = new byte[NaclBox.GetCiphertextSize(plaintext.Length)];
            _box.Encrypt(payload, plaintext);
            _nonces.TryAdd(payload.AsSpan(0, NaclBox.NonceSize));
            return payload;
        }
        finally
        {
            SecureMemory.ZeroMemory(plaintext);
        }
    }

    public OpenResult Open(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < NaclBox.Overhead)
        {
            return OpenResult.Failure(ErrorCode.InvalidPayloadLength);
        }

        var plaintext = new byte[payload.Length - NaclBox.Overhead];
        try
        {
            if (!_box.TryDecrypt(plaintext, payload))
            {
                return OpenResult.Failure(ErrorCode.DecryptionFailed);
            }

            // Only an authentic box may enter the cache, so forged frames cannot poison it.
            if (!_nonces.TryAdd(payload[..NaclBox.NonceSize]))
            {
                return OpenResult.Failure(ErrorCode.ReplayDetected);
            }

            return Decode(plaintext);
        }
        finally
        {
            SecureMemory.ZeroMemory(plaintext);
        }
    }

    private static OpenResult Decode(byte[] plaintext)
    {
        string text;
        try
        {
            text = MessageRules.StrictUtf8.GetString(plaintext);
        }
        catch (DecoderFallbackException)
        {
            return OpenResult.Failure(ErrorCode.InvalidPeerMessage);
        }

        return MessageRules.Check(text) == ErrorCode.None
            ? OpenResult.Success(TerminalText.Sanitize(text))
            : OpenResult.Failure(ErrorCode.InvalidPeerMessage);
    }

    public void Dispose()
    {
        _box.Dispose();
        _nonces.Clear();
    }

    public override string ToString() => "legacy cipher (keys hidden)";
}
