using Geralt;

namespace SecureChat.Cli;

/// <summary>The full invite code as text, for showing to the person who created it (and for nothing else).</summary>
internal static class InviteText
{
    public static string Of(RoomInvite invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        Span<char> buffer = stackalloc char[RoomInvite.MaxCodeLength];
        try
        {
            var written = invite.WriteCode(buffer);
            return new string(buffer[..written]);
        }
        finally
        {
            SecureMemory.ZeroMemory(buffer);
        }
    }
}
