using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;

namespace SecureChat.Core.Tests.Integration;

/// <summary>Awaiting a real session's events, with one patience for every integration test.</summary>
internal static class SessionEvents
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The first event of type <typeparamref name="T"/>; subscribe before the event can happen.</summary>
    public static Task<T> First<T>(ChatSession session) where T : ChatEvent =>
        session.Events.OfType<T>().FirstAsync().ToTask().WaitAsync(Patience);

    /// <summary>Starts both sessions, waits until both are connected, then sends one line each way and checks both arrive.</summary>
    /// <returns>What each side was shown on connecting.</returns>
    public static async Task<(Connected A, Connected B)> ConnectAndChatBothWaysAsync(ChatSession a, ChatSession b, string aToB, string bToA)
    {
        var aConnected = First<Connected>(a);
        var bConnected = First<Connected>(b);
        var aGets = First<MessageReceived>(a);
        var bGets = First<MessageReceived>(b);

        a.Start();
        b.Start();
        var connected = (await aConnected, await bConnected);
        a.Send(aToB);
        b.Send(bToA);

        Assert.Equal(aToB, (await bGets).Text);
        Assert.Equal(bToA, (await aGets).Text);
        return connected;
    }
}
