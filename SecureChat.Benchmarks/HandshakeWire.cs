using SecureChat.Crypto.Hardened;

namespace SecureChat.Benchmarks;

/// <summary>
/// What a side does with handshake messages besides the crypto: the sender encodes the JSON frame, the receiver
/// parses it. Every benchmark moves messages through here so the JSON cost is counted, on the side that pays it.
/// </summary>
internal static class HandshakeWire
{
    public const string Room = "ROOM2026AB";

    public static byte[] Password { get; } = "alpha-bravo-charlie"u8.ToArray();

    public static string Send(HandshakeMessage? message) =>
        message?.Encode() ?? throw new InvalidOperationException("The handshake produced no reply.");

    public static HandshakeMessage Receive(string frame) =>
        HandshakeMessage.TryParse(frame, out var message) ? message : throw new InvalidOperationException("A handshake frame did not parse.");

    public static void Check(HandshakeFailure failure)
    {
        if (failure != HandshakeFailure.None)
        {
            throw new InvalidOperationException($"The handshake failed: {failure}.");
        }
    }
}
