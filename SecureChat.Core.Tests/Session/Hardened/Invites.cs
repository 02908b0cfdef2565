namespace SecureChat.Core.Tests.Session.Hardened;

/// <summary>Invite helpers: the creator's code as text, and the same room with someone else's words.</summary>
internal static class Invites
{
    public static string CodeOf(RoomInvite invite)
    {
        Span<char> buffer = stackalloc char[RoomInvite.MaxCodeLength];
        return new string(buffer[..invite.WriteCode(buffer)]);
    }

    public static RoomInvite Parse(string code)
    {
        Assert.True(RoomInvite.TryParse(code, out var invite));
        return invite;
    }

    /// <summary>The joiner's copy of the creator's invite.</summary>
    public static RoomInvite CopyOf(RoomInvite invite) => Parse(CodeOf(invite));

    /// <summary>Same room id, different (random) secret words: a mistyped or guessed code.</summary>
    public static RoomInvite WrongWordsFor(RoomInvite invite)
    {
        using var other = RoomInvite.Create();
        var words = CodeOf(other)[(other.RoomId.Length + 1)..];
        return Parse($"{invite.RoomId}-{words}");
    }
}
