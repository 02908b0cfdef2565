namespace SecureChat.Cli;

/// <summary>
/// The code exchange for pipe mode, which owns stdin and stdout for data: <c>pipe create</c> prints
/// <c>CODE &lt;code&gt;</c> on stderr; <c>pipe join</c> takes it from <see cref="PipeCode"/>.
/// </summary>
internal static class PipeSetup
{
    /// <summary>The session options, or <see langword="null"/> (usage error, already reported on <paramref name="errors"/>).</summary>
    public static ChatSessionOptions? Create(CliOptions options, string? codeFromEnvironment, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        if (options.Invite == InviteRole.Creator)
        {
            var invite = RoomInvite.Create();
            errors.WriteLine($"CODE {InviteText.Of(invite)}");
            errors.Flush();
            return ForPipe(SessionSetup.Hardened(options, invite, InviteRole.Creator));
        }

        if (PipeCode.Read(codeFromEnvironment, out var error) is { } joined)
        {
            return ForPipe(SessionSetup.Hardened(options, joined, InviteRole.Joiner));
        }

        errors.WriteLine($"securechat: {error}");
        return null;
    }

    // PipeChat reports each chunk taken once it is written out, so a slow stdout holds the peer at the window.
    private static ChatSessionOptions ForPipe(ChatSessionOptions options) => options with { ConsumePipeDataExplicitly = true };
}
