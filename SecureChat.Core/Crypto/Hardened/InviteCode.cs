using System.Diagnostics.CodeAnalysis;
using System.Text;
using Geralt;
using SecureChat.Protocol;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// A v2 room code <c>ROOMID-w1-w2-w3</c> (design §6.1). The room id is public (the relay sees it); the three words
/// are the CPace password, held only as UTF-8 bytes of lowercased <c>w1-w2-w3</c> in guarded memory.
/// </summary>
internal sealed class InviteCode : IDisposable
{
    /// <summary>Length of a generated room id (≈51.7 bits; the regex admits 8–16 when parsing).</summary>
    public const int RoomIdLength = 10;

    /// <summary>Secret words: 3 × log2(7772) ≈ 38.8 bits, enough because CPace allows one online guess per run.</summary>
    public const int WordCount = 3;

    private const string RoomAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    internal const int MaxWordLength = 45; // Geralt's MaxLongestWordSize

    /// <summary>Longest accepted input, whitespace included; bounds the stack buffers used while parsing.</summary>
    public const int MaxTextLength = 256;

    private readonly GuardedHeapAllocation _secret;
    private bool _disposed;

    private InviteCode(string roomId, ReadOnlySpan<char> lowercaseSecret)
    {
        RoomId = roomId;
        _secret = new GuardedHeapAllocation(Encoding.UTF8.GetByteCount(lowercaseSecret));
        _ = Encoding.UTF8.GetBytes(lowercaseSecret, _secret.AsSpan());
    }

    /// <summary>The public part, canonical upper case; goes to the relay and into CPace's CI.</summary>
    public string RoomId { get; }

    /// <summary>PRS for CPace: UTF-8 of the lowercased <c>w1-w2-w3</c>.</summary>
    public ReadOnlySpan<byte> Secret
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _secret.AsSpan();
        }
    }

    /// <summary>Characters <see cref="Format"/> writes.</summary>
    public int FormattedLength => RoomId.Length + 1 + Secret.Length;

    /// <summary>A fresh code from the CSPRNG: 10 room characters and 3 words from Geralt's EFF list.</summary>
    public static InviteCode Generate()
    {
        Span<char> room = stackalloc char[RoomIdLength];
        SecureRandom.GenerateString(room, RoomAlphabet);
        var words = Wordlist.Words;
        Span<char> secret = stackalloc char[(WordCount * (MaxWordLength + 1)) - 1];
        var length = 0;
        for (var i = 0; i < WordCount; i++)
        {
            if (i > 0)
            {
                secret[length++] = '-';
            }

            var word = words[SecureRandom.GetInt32(words.Length)];
            word.AsSpan().ToLowerInvariant(secret[length..]);
            length += word.Length;
        }

        var code = new InviteCode(new string(room), secret[..length]);
        SecureMemory.ZeroMemory(secret);
        return code;
    }

    /// <summary>Parses a typed code: outer and per-part whitespace trimmed, words case-insensitive, exactly 3 known words.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out InviteCode? code)
    {
        code = null;
        Span<Range> parts = stackalloc Range[WordCount + 2];
        text = text.Trim();
        if (text.Length > MaxTextLength || text.Split(parts, '-') != WordCount + 1)
        {
            return false;
        }

        var roomText = text[parts[0]].Trim();
        Span<char> room = stackalloc char[RoomCode.MaxLength];
        if (roomText.Length > RoomCode.MaxLength || roomText.ToUpperInvariant(room) != roomText.Length
            || !RoomCode.IsValid(new string(room[..roomText.Length])))
        {
            return false;
        }

        Span<char> secret = stackalloc char[text.Length];
        var length = 0;
        var valid = true;
        for (var i = 1; i <= WordCount && valid; i++)
        {
            var word = text[parts[i]].Trim();
            var lower = secret.Slice(length, Math.Min(word.Length, secret.Length - length));
            valid = word.Length is > 0 and <= MaxWordLength && word.ToLowerInvariant(lower) == word.Length && Wordlist.Contains(lower);
            length += word.Length;
            if (valid && i < WordCount)
            {
                secret[length++] = '-';
            }
        }

        if (valid)
        {
            code = new InviteCode(new string(room[..roomText.Length]), secret[..length]);
        }

        SecureMemory.ZeroMemory(secret);
        return valid;
    }

    /// <summary>Writes the full code for the creator to share; the caller wipes the span with <see cref="SecureMemory"/>.</summary>
    public int Format(Span<char> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, FormattedLength, nameof(destination));
        RoomId.AsSpan().CopyTo(destination);
        destination[RoomId.Length] = '-';
        return RoomId.Length + 1 + Encoding.UTF8.GetChars(Secret, destination[(RoomId.Length + 1)..]);
    }

    /// <summary>Wipes the secret words.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _secret.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{RoomId}-(secret words hidden)";
}
