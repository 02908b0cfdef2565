namespace SecureChat.Protocol;

/// <summary>The <c>type</c> and <c>kind</c> strings exactly as the specification writes them.</summary>
internal static class FrameTypes
{
    public const string Join = "JOIN";
    public const string PeerFound = "PEER_FOUND";
    public const string PeerLeft = "PEER_LEFT";
    public const string Error = "ERROR";
    public const string Signal = "SIGNAL";
    public const string KeyExchange = "KEY_EXCHANGE";
    public const string Message = "MSG";
}
