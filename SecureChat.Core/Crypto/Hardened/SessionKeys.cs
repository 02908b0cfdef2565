using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The six 32-byte outputs of the v2 key schedule (design §6.3 steps 4–5), in one guarded allocation:
/// PRK = BLAKE2b(key: ISK, pers: P("tchat.v2.prk"), msg: lv_cat(ssX, TH)); each key = BLAKE2b(key: PRK, pers: P("tchat.v2.key"), msg: label).
/// </summary>
internal sealed class SessionKeys : IDisposable
{
    /// <summary>Size of each derived key.</summary>
    public const int KeySize = 32;

    private const int PrkSize = 64;
    private static readonly string[] s_labels = ["A->B", "B->A", "confirm-A", "confirm-B", "sas", "session-id"];
    private readonly GuardedHeapAllocation _keys = new(KeySize * 6);
    private bool _disposed;

    private SessionKeys()
    {
    }

    /// <summary>kAB: A's sending key.</summary>
    public ReadOnlySpan<byte> AToB => Slot(0);

    /// <summary>kBA: B's sending key.</summary>
    public ReadOnlySpan<byte> BToA => Slot(1);

    /// <summary>kcA: keys tagA.</summary>
    public ReadOnlySpan<byte> ConfirmA => Slot(2);

    /// <summary>kcB: keys tagB.</summary>
    public ReadOnlySpan<byte> ConfirmB => Slot(3);

    /// <summary>kSAS: source of the short authentication string.</summary>
    public ReadOnlySpan<byte> Sas => Slot(4);

    /// <summary>sessId: public per-session value bound into every data-chunk AD.</summary>
    public ReadOnlySpan<byte> SessionId => Slot(5);

    /// <summary>
    /// Both the CPace ISK and the X-Wing secret enter one keyed hash (PQXDH-style): the result stays secret if
    /// either stays secret. TH in the same input binds every handshake field.
    /// </summary>
    public static SessionKeys Derive(ReadOnlySpan<byte> isk, ReadOnlySpan<byte> xwingSecret, ReadOnlySpan<byte> transcriptHash)
    {
        var infoSize = LengthValue.GetEncodedSize(xwingSecret.Length) + LengthValue.GetEncodedSize(transcriptHash.Length);
        using var scratch = new GuardedHeapAllocation(PrkSize + infoSize);
        var prk = scratch.AsSpan()[..PrkSize];
        var info = scratch.AsSpan()[PrkSize..];
        var written = LengthValue.Write(info, xwingSecret);
        _ = LengthValue.Write(info[written..], transcriptHash);
        BLAKE2b.DeriveKey(prk, isk, HandshakeLabels.Personalization("tchat.v2.prk"), salt: default, info);

        var keys = new SessionKeys();
        var personalization = HandshakeLabels.Personalization("tchat.v2.key");
        for (var i = 0; i < s_labels.Length; i++)
        {
            BLAKE2b.DeriveKey(keys._keys.AsSpan().Slice(i * KeySize, KeySize), prk, personalization, salt: default,
                System.Text.Encoding.ASCII.GetBytes(s_labels[i]));
        }

        return keys;
    }

    /// <summary>Erases the confirmation and SAS keys once they have served (key erasure as early as possible).</summary>
    public void ForgetConfirmationKeys()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        SecureMemory.ZeroMemory(_keys.AsSpan().Slice(2 * KeySize, 3 * KeySize));
    }

    /// <summary>Wipes every key.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _keys.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => "SessionKeys(hidden)";

    private ReadOnlySpan<byte> Slot(int index)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _keys.AsSpan().Slice(index * KeySize, KeySize);
    }
}
