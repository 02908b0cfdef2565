using SecureChat.Core.Tests.Session.Hardened;

namespace SecureChat.Core.Tests.Session.Files;

/// <summary>Two real hardened sessions, connected through a <see cref="HostileRelay"/> on one TestScheduler, set up for transfers.</summary>
internal sealed class FilePair : IDisposable
{
    private readonly RoomInvite _invite = RoomInvite.Create();
    private readonly RoomInvite _copy;

    public FilePair(long maxIncoming = 2L * 1024 * 1024 * 1024, bool consumePipeDataExplicitly = false)
    {
        _copy = Invites.CopyOf(_invite);
        Relay = new HostileRelay(_invite, _copy, configure: o => o with
        {
            TransferChunkInterval = FilePeer.Interval,
            MaxIncomingFileBytes = maxIncoming,
            ConsumePipeDataExplicitly = consumePipeDataExplicitly,
        });
        Relay.Start();
        Assert.Equal(SessionState.Connected, Relay.Joiner.State);
    }

    public HostileRelay Relay { get; }

    /// <summary>The sender in these tests.</summary>
    public ChatSession Creator => Relay.Creator;

    /// <summary>The receiver in these tests.</summary>
    public ChatSession Joiner => Relay.Joiner;

    public IEnumerable<ChatEvent> CreatorEvents => Relay.EventsOf(Side.Creator);

    public IEnumerable<ChatEvent> JoinerEvents => Relay.EventsOf(Side.Joiner);

    public void Run(long ticks = 1000) => Relay.Scheduler.AdvanceBy(ticks);

    /// <summary>Runs until nothing is scheduled any more.</summary>
    public void RunToEnd() => Relay.Scheduler.Start();

    public void Dispose()
    {
        Relay.Dispose();
        _copy.Dispose();
        _invite.Dispose();
    }
}
