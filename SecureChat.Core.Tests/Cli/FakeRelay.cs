using System.Reactive.Concurrency;
using SecureChat.Protocol;
using SecureChat.Transport;

namespace SecureChat.Core.Tests.Cli;

/// <summary>
/// Just enough relay for two sessions in one process: pairs the first two JOINs with PEER_FOUND, forwards
/// everything else to the other side verbatim, and tells the survivor PEER_LEFT. Pass <see cref="Connect"/>
/// as a session's transport factory.
/// </summary>
internal sealed class FakeRelay(IScheduler scheduler)
{
    private readonly Lock _gate = new();
    private readonly List<InMemoryTransport> _ends = [];
    private int _joined;

    public ITransport Connect(Uri relayUri)
    {
        var (client, end) = InMemoryTransport.CreatePair(scheduler);
        end.ConnectAsync().Wait();
        int index;
        lock (_gate)
        {
            index = _ends.Count;
            _ends.Add(end);
        }

        end.MessageReceived.Subscribe(frame => OnFrame(index, frame));
        end.DisconnectionHappened.Subscribe(_ => Other(index)?.Send(FrameCodec.Encode(PeerLeftFrame.Instance)));
        return client;
    }

    private void OnFrame(int from, string frame)
    {
        if (FrameCodec.Decode(frame).Frame is not JoinFrame)
        {
            Other(from)?.Send(frame);
            return;
        }

        lock (_gate)
        {
            if (++_joined == 2)
            {
                _ends.ForEach(static e => e.Send(FrameCodec.Encode(PeerFoundFrame.Instance)));
            }
        }
    }

    private InMemoryTransport? Other(int index)
    {
        lock (_gate)
        {
            return _ends.Count == 2 ? _ends[1 - index] : null;
        }
    }
}
