using System.Diagnostics.CodeAnalysis;
using SecureChat.Crypto.Hardened;
using SecureChat.Protocol;

namespace SecureChat;

/// <summary>
/// A hardened-mode invite <c>ROOMID-word-word-word</c>. The room id is public (the relay sees it); the three words
/// are the secret both peers prove they know, without ever sending it. Give the creator's code to the peer over a
/// channel the relay does not control. Each failed handshake is one guess at the words: make a new invite after one.
/// </summary>
public sealed class RoomInvite : IDisposable
{
    /// <summary>The longest code <see cref="WriteCode"/> can write: a 16-character room id, a dash and three of the longest words with dashes.</summary>
    public const int MaxCodeLength = RoomCode.MaxLength + 1 + (InviteCode.WordCount * (InviteCode.MaxWordLength + 1)) - 1;

    private RoomInvite(InviteCode code) => Code = code;

    /// <summary>The public room id, sent to the relay in <c>JOIN</c>; never the secret words.</summary>
    public string RoomId => Code.RoomId;

    /// <summary>The wrapped code; its secret is wiped by <see cref="Dispose"/>.</summary>
    internal InviteCode Code { get; }

    /// <summary>
    /// Whether the secret is wiped: by <see cref="Dispose"/>, or by the <see cref="ChatSession"/> that used it. Codes
    /// are single-use: each handshake attempt is one guess at the code, so a session burns its invite when it ends
    /// after its handshake began, whatever the outcome. Create or parse a new invite to try again.
    /// </summary>
    public bool IsDisposed { get; private set; }

    /// <summary>A fresh invite from the operating system's CSPRNG, for the <see cref="InviteRole.Creator"/>.</summary>
    public static RoomInvite Create() => new(InviteCode.Generate());

    /// <summary>
    /// Parses a typed invite: surrounding white space ignored, room id and words case-insensitive, exactly three
    /// words from the list. False for anything else; never throws on bad input.
    /// </summary>
    /// <param name="code">The text the user typed.</param>
    /// <param name="invite">The invite, when the text is one.</param>
    public static bool TryParse(ReadOnlySpan<char> code, [NotNullWhen(true)] out RoomInvite? invite)
    {
        invite = InviteCode.TryParse(code, out var parsed) ? new RoomInvite(parsed) : null;
        return invite is not null;
    }

    /// <summary>
    /// Writes the full code, secret words included, for the creator to show. Wipe <paramref name="destination"/>
    /// once shown. At most <see cref="MaxCodeLength"/> characters.
    /// </summary>
    /// <param name="destination">Where to write; must hold the code.</param>
    /// <returns>The number of characters written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="destination"/> is too short.</exception>
    /// <exception cref="ObjectDisposedException">The invite was disposed.</exception>
    public int WriteCode(Span<char> destination)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        return Code.Format(destination);
    }

    /// <summary>The room id only; the secret words are never shown.</summary>
    /// <returns><c>ROOMID-(secret words hidden)</c>.</returns>
    public override string ToString() => Code.ToString();

    /// <summary>Wipes the secret words; the <see cref="RoomId"/> stays readable.</summary>
    public void Dispose()
    {
        IsDisposed = true;
        Code.Dispose();
    }
}
