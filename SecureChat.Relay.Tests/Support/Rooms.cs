namespace SecureChat.Relay.Tests.Support;

/// <summary>Fresh valid room codes, so that no two tests ever share a room.</summary>
internal static class Rooms
{
    public static string NewCode() => "R" + Guid.NewGuid().ToString("N")[..11].ToUpperInvariant();
}
