using SecureChat.Protocol;

namespace SecureChat.Fuzz.Targets;

/// <summary>
/// <see cref="RoomInvite.TryParse"/>: never throws; a parsed invite has a valid room id, writes a code of at most
/// <see cref="RoomInvite.MaxCodeLength"/> characters that parses to the same room and secret, never shows the
/// secret in <see cref="RoomInvite.ToString"/>, and refuses to write once disposed.
/// </summary>
internal static class InviteTarget
{
    public static void Run(ReadOnlySpan<byte> input)
    {
        var text = FuzzText.Decode(input);
        if (!RoomInvite.TryParse(text, out var invite))
        {
            return;
        }

        using (invite)
        {
            PropertyViolationException.Check(RoomCode.IsValid(invite.RoomId), "parsed room id is not a valid room code");
            Span<char> code = stackalloc char[RoomInvite.MaxCodeLength];
            var written = invite.WriteCode(code);
            PropertyViolationException.Check(RoomInvite.TryParse(code[..written], out var again), "written code does not parse");
            using (again)
            {
                PropertyViolationException.Check(string.Equals(again.RoomId, invite.RoomId, StringComparison.Ordinal), "room id changed");
                PropertyViolationException.Check(again.Code.Secret.SequenceEqual(invite.Code.Secret), "secret changed");
                Span<char> rewritten = stackalloc char[RoomInvite.MaxCodeLength];
                PropertyViolationException.Check(code[..written].SequenceEqual(rewritten[..again.WriteCode(rewritten)]), "written code is not canonical");
            }

            var secretPart = code[(invite.RoomId.Length + 1)..written].ToString();
            PropertyViolationException.Check(!invite.ToString().Contains(secretPart, StringComparison.Ordinal), "ToString shows the secret");
        }

        PropertyViolationException.Check(invite.IsDisposed, "not disposed");
        try
        {
            _ = invite.WriteCode(new char[RoomInvite.MaxCodeLength]);
            throw new PropertyViolationException("WriteCode after Dispose did not throw");
        }
        catch (ObjectDisposedException)
        {
            // The contract: use after dispose throws.
        }
    }
}
