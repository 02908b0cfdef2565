using SecureChat.Core.Tests.Session.Hardened;
using SecureChat.Crypto.Hardened;
using SecureChat.Files;

namespace SecureChat.Core.Tests.Session.Files;

/// <summary>
/// The test as the peer of one hardened session (<see cref="HardenedHarness"/>): it reads the session's channel
/// messages and seals its own file and pipe messages, byte for byte, including ones an honest peer never sends.
/// </summary>
internal sealed class FilePeer : IDisposable
{
    /// <summary>Ticks between chunks in these tests: small, so a transfer takes a few thousand ticks.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromTicks(100);

    private int _seen;

    public FilePeer(InviteRole role = InviteRole.Creator, long maxIncoming = 2L * 1024 * 1024 * 1024, bool consumePipeDataExplicitly = false)
    {
        H = new HardenedHarness(role, configure: o => o with
        {
            TransferChunkInterval = Interval,
            MaxIncomingFileBytes = maxIncoming,
            ConsumePipeDataExplicitly = consumePipeDataExplicitly,
        });
        H.Connect();
        _seen = H.SentFrames.Count();
    }

    public HardenedHarness H { get; }

    public ChatSession Session => H.Session;

    public IEnumerable<ChatEvent> Events => H.EventValues;

    /// <summary>Runs the session's scheduler for <paramref name="ticks"/>.</summary>
    public void Run(long ticks = 1000) => H.Scheduler.AdvanceBy(ticks);

    /// <summary>Everything the session sent since the last call, opened by the peer's channel.</summary>
    public List<ChannelMessage> Receive()
    {
        H.Run(); // each in-memory hop takes a tick
        var frames = H.SentFrames.Skip(_seen).ToList();
        _seen += frames.Count;
        return frames.Select(frame =>
        {
            Assert.True(DataFrame.TryParse(frame, out var chunk));
            Assert.True(H.PeerChannel!.TryOpen(chunk, out var message));
            return message;
        }).ToList();
    }

    public void Send(ChannelMessageKind kind, byte[] body, int minBucket = 0)
    {
        var chunk = new byte[SecureChannel.GetChunkSize(body.Length, minBucket)];
        Assert.True(H.PeerChannel!.TrySeal(chunk, kind, body, minBucket));
        H.FromRelay(DataFrame.Encode(chunk));
    }

    /// <summary>Offers a file as the peer; the session's <see cref="FileOffered"/> is returned.</summary>
    public FileOffered Offer(long size, string name = "report.pdf")
    {
        var id = FileTransferId.NewRandom();
        Send(ChannelMessageKind.FileOffer, TransferBody.Offer(id, size, name));
        return Assert.Single(Events.OfType<FileOffered>(), o => o.Id.Equals(id));
    }

    public Destroyed? Destroyed => H.Destroyed;

    public void Dispose() => H.Dispose();
}
