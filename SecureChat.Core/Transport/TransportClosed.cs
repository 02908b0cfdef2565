namespace SecureChat.Transport;

/// <summary>Why a transport's connection ended.</summary>
/// <param name="Description">What happened, in words (never payload text).</param>
/// <param name="ClosedLocally">Whether this side asked for the close.</param>
public sealed record TransportClosed(string Description, bool ClosedLocally);
