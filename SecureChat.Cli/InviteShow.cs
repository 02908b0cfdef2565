namespace SecureChat.Cli;

/// <summary>What the creator hands over besides the code: the exact command the other person runs.</summary>
internal static class InviteShow
{
    /// <summary><c>securechat join</c>, with <c>--relay URI</c> when the relay is not the built-in default.</summary>
    public static string JoinCommand(Uri relay)
    {
        ArgumentNullException.ThrowIfNull(relay);
        return relay == ChatSessionOptions.DefaultRelayUri ? "securechat join" : $"securechat join --relay {relay.OriginalString}";
    }
}
