using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>Runs A and B in memory, every message through its JSON frame and an optional hostile relay.</summary>
internal static class HandshakeHarness
{
    public const string Room = "ROOM2026AB";

    public static byte[] Password(string words = "alpha-bravo-charlie") => System.Text.Encoding.UTF8.GetBytes(words);

    /// <summary>Returns each side's failure; the run stops at the first one, as a real session would.</summary>
    public static (HandshakeFailure A, HandshakeFailure B) Run(
        HandshakeInitiator a, HandshakeResponder b, Func<HandshakeMessage, HandshakeMessage>? relay = null)
    {
        relay ??= m => m;
        var message = Relay(a.Start(), relay);
        var failureB = b.Process(message, out var hs2);
        if (failureB != HandshakeFailure.None)
        {
            return (HandshakeFailure.None, failureB);
        }

        var failureA = a.Process(Relay(hs2!, relay), out var hs3);
        if (failureA != HandshakeFailure.None)
        {
            return (failureA, HandshakeFailure.None);
        }

        failureB = b.Process(Relay(hs3!, relay), out var hs4);
        if (failureB != HandshakeFailure.None)
        {
            return (HandshakeFailure.None, failureB);
        }

        return (a.Process(Relay(hs4!, relay), out _), HandshakeFailure.None);
    }

    /// <summary>A completed pair of results for channel tests.</summary>
    public static (HandshakeResult A, HandshakeResult B) Complete()
    {
        using var a = new HandshakeInitiator(Room, Password());
        using var b = new HandshakeResponder(Room, Password());
        var outcome = Run(a, b);
        Assert.Equal((HandshakeFailure.None, HandshakeFailure.None), outcome);
        return (a.TakeResult(), b.TakeResult());
    }

    public static byte[] Flip(ReadOnlyMemory<byte> field, int index)
    {
        var copy = field.ToArray();
        copy[index] ^= 0x01;
        return copy;
    }

    private static HandshakeMessage Relay(HandshakeMessage message, Func<HandshakeMessage, HandshakeMessage> relay)
    {
        Assert.True(HandshakeMessage.TryParse(relay(message).Encode(), out var parsed));
        return parsed;
    }
}
