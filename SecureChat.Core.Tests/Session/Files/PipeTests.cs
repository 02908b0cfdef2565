using System.Security.Cryptography;
using SecureChat.Core.Tests.Session.Hardened;
using SecureChat.Crypto.Hardened;
using SecureChat.Files;

namespace SecureChat.Core.Tests.Session.Files;

/// <summary>The pipe between two real sessions, and against a peer the test plays byte for byte.</summary>
public sealed class PipeTests
{
    private static byte[] Received(IEnumerable<ChatEvent> events) =>
        events.OfType<PipeDataReceived>().SelectMany(d => d.Data.ToArray()).ToArray();

    [Fact]
    public async Task Pipe_BytesAndEnd_ArriveInOrderThenPipeEnded()
    {
        using var pair = new FilePair();
        var data = RandomNumberGenerator.GetBytes((7 * TransferBody.MaxData) + 5);

        var sent = pair.Creator.SendPipeDataAsync(data);
        var second = pair.Creator.SendPipeDataAsync(new byte[] { 0, 255, 10, 13 });
        Assert.True(pair.Creator.EndPipe());
        pair.RunToEnd();

        Assert.True(sent.IsCompletedSuccessfully && second.IsCompletedSuccessfully);
        Assert.True(await sent);
        Assert.True(await second);
        Assert.Equal([.. data, 0, 255, 10, 13], Received(pair.JoinerEvents));
        Assert.IsType<PipeEnded>(pair.JoinerEvents.Last());
        Assert.Empty(pair.CreatorEvents.OfType<PipeEnded>()); // only the creator's direction ended
        Assert.Throws<InvalidOperationException>(() => { _ = pair.Creator.SendPipeDataAsync(new byte[1]); });
        Assert.False(pair.Creator.EndPipe());
    }

    [Fact]
    public void Pipe_BothDirectionsAtOnce_StayIndependent()
    {
        using var pair = new FilePair();
        var toJoiner = RandomNumberGenerator.GetBytes(3 * TransferBody.MaxData);
        var toCreator = RandomNumberGenerator.GetBytes(2 * TransferBody.MaxData);

        _ = pair.Creator.SendPipeDataAsync(toJoiner);
        _ = pair.Joiner.SendPipeDataAsync(toCreator);
        pair.Creator.EndPipe();
        pair.Joiner.EndPipe();
        pair.RunToEnd();

        Assert.Equal(toJoiner, Received(pair.JoinerEvents));
        Assert.Equal(toCreator, Received(pair.CreatorEvents));
    }

    [Fact]
    public void Pipe_ConnectionCutWithoutEnd_IsTruncationNotPipeEnded()
    {
        using var pair = new FilePair();
        _ = pair.Creator.SendPipeDataAsync(RandomNumberGenerator.GetBytes(3 * TransferBody.MaxData));
        pair.RunToEnd();

        pair.Relay.Cut(Side.Creator);
        pair.RunToEnd();

        Assert.NotEmpty(pair.JoinerEvents.OfType<PipeDataReceived>());
        Assert.Empty(pair.JoinerEvents.OfType<PipeEnded>());
        Assert.Equal(ErrorCode.Truncated, pair.Relay.DestroyedOf(Side.Joiner)?.Reason);
    }

    [Fact]
    public void Pipe_RelayDropsAChunk_TheChannelCatchesIt()
    {
        using var pair = new FilePair();
        var chunks = 0;
        pair.Relay.OnSignal = (from, frame) =>
        {
            if (!(DataFrame.TryParse(frame, out var chunk) && chunk.Length > 16_000 && ++chunks == 2))
            {
                pair.Relay.Deliver(HostileRelay.Other(from), frame);
            }
        };

        _ = pair.Creator.SendPipeDataAsync(RandomNumberGenerator.GetBytes(3 * TransferBody.MaxData));
        pair.RunToEnd();

        Assert.Single(pair.JoinerEvents.OfType<PipeDataReceived>());
        Assert.Equal(ErrorCode.DecryptionFailed, pair.Relay.DestroyedOf(Side.Joiner)?.Reason);
    }

    [Fact]
    public async Task SendPipeDataAsync_WithoutAcks_WaitsAtTheWindowThenGoesOnAsAcksArrive()
    {
        using var peer = new FilePeer();
        var write = peer.Session.SendPipeDataAsync(new byte[(TransferBody.Window + 4) * TransferBody.MaxData]);

        peer.Run(1_000_000);
        Assert.Equal(TransferBody.Window, peer.Receive().Count(m => m.Kind == ChannelMessageKind.PipeData));
        Assert.False(write.IsCompleted);

        peer.Send(ChannelMessageKind.PipeAck, TransferBody.Count(4));
        peer.Run(1_000_000);

        Assert.Equal(4, peer.Receive().Count(m => m.Kind == ChannelMessageKind.PipeData));
        Assert.True(write.IsCompletedSuccessfully);
        Assert.True(await write);
    }

    [Fact]
    public void SendPipeDataAsync_Cancelled_DropsWhatWasNotSentAndIsCancelled()
    {
        using var peer = new FilePeer();
        using var cancel = new CancellationTokenSource();
        var write = peer.Session.SendPipeDataAsync(new byte[(TransferBody.Window + 4) * TransferBody.MaxData], cancel.Token);
        peer.Run(1_000_000);

        cancel.Cancel();
        peer.Send(ChannelMessageKind.PipeAck, TransferBody.Count(TransferBody.Window));
        peer.Run(1_000_000);

        Assert.True(write.IsCanceled);
        Assert.Equal(TransferBody.Window, peer.Receive().Count(m => m.Kind == ChannelMessageKind.PipeData));
    }

    [Fact]
    public async Task SendPipeDataAsync_SessionEnds_CompletesFalse()
    {
        using var peer = new FilePeer();
        var write = peer.Session.SendPipeDataAsync(new byte[(TransferBody.Window + 4) * TransferBody.MaxData]);
        peer.Run(1_000_000);

        _ = peer.Session.Quit();
        peer.Run();

        Assert.True(write.IsCompletedSuccessfully);
        Assert.False(await write);
        Assert.False(await peer.Session.SendPipeDataAsync(new byte[1]));
    }

    [Fact]
    public void Pipe_DataAfterThePeersEnd_DestroysWithPipeProtocolViolation()
    {
        using var peer = new FilePeer();
        peer.Send(ChannelMessageKind.PipeData, [1, 2, 3], TransferBody.DataBucket);
        peer.Send(ChannelMessageKind.PipeEnd, []);
        Assert.Equal([1, 2, 3], Received(peer.Events));
        Assert.IsType<PipeEnded>(peer.Events.Last());

        peer.Send(ChannelMessageKind.PipeData, [4], TransferBody.DataBucket);

        Assert.Equal(ErrorCode.PipeProtocolViolation, peer.Destroyed?.Reason);
    }

    [Theory]
    [InlineData((byte)ChannelMessageKind.PipeEnd, 1)]
    [InlineData((byte)ChannelMessageKind.PipeData, 0)]
    [InlineData((byte)ChannelMessageKind.PipeAck, 7)]
    public void Pipe_MalformedBody_DestroysWithPipeProtocolViolation(byte kind, int length)
    {
        using var peer = new FilePeer();

        peer.Send((ChannelMessageKind)kind, new byte[length]);

        Assert.Equal(ErrorCode.PipeProtocolViolation, peer.Destroyed?.Reason);
    }

    [Fact]
    public void Pipe_AckOfChunksNeverSent_DestroysWithPipeProtocolViolation()
    {
        using var peer = new FilePeer();

        peer.Send(ChannelMessageKind.PipeAck, TransferBody.Count(1));

        Assert.Equal(ErrorCode.PipeProtocolViolation, peer.Destroyed?.Reason);
    }

    [Fact]
    public void Pipe_ReceiverAcksEveryFewChunks()
    {
        using var peer = new FilePeer();
        for (var i = 0; i < 2 * TransferBody.AckEvery; i++)
        {
            peer.Send(ChannelMessageKind.PipeData, [(byte)i], TransferBody.DataBucket);
        }

        var acks = peer.Receive().Where(m => m.Kind == ChannelMessageKind.PipeAck).Select(m => m.Body).ToList();

        Assert.Equal([TransferBody.Count(TransferBody.AckEvery), TransferBody.Count(2 * TransferBody.AckEvery)], acks);
    }

    [Fact]
    public void Pipe_ConsumerTakesNothing_SenderStallsAtTheWindowUntilItDoes()
    {
        using var pair = new FilePair(consumePipeDataExplicitly: true);
        var data = RandomNumberGenerator.GetBytes((TransferBody.Window + 8) * TransferBody.MaxData);

        var write = pair.Creator.SendPipeDataAsync(data);
        pair.RunToEnd();

        Assert.Equal(TransferBody.Window, pair.JoinerEvents.OfType<PipeDataReceived>().Count());
        Assert.False(write.IsCompleted);

        pair.Joiner.ConsumePipeData(TransferBody.Window);
        pair.RunToEnd();

        Assert.True(write.IsCompletedSuccessfully);
        Assert.Equal(data, Received(pair.JoinerEvents));
    }

    [Fact]
    public void ConsumePipeData_NothingTaken_NoAckThenAcksWhatWasTaken()
    {
        using var peer = new FilePeer(consumePipeDataExplicitly: true);
        for (var i = 0; i < TransferBody.Window; i++)
        {
            peer.Send(ChannelMessageKind.PipeData, [(byte)i], TransferBody.DataBucket);
        }

        Assert.Equal(TransferBody.Window, peer.Events.OfType<PipeDataReceived>().Count());
        Assert.DoesNotContain(peer.Receive(), m => m.Kind == ChannelMessageKind.PipeAck);

        peer.Session.ConsumePipeData(TransferBody.AckEvery - 1);
        Assert.Empty(peer.Receive());
        peer.Session.ConsumePipeData(TransferBody.AckEvery + 1);

        var ack = Assert.Single(peer.Receive());
        Assert.Equal(ChannelMessageKind.PipeAck, ack.Kind);
        Assert.Equal(TransferBody.Count(2 * TransferBody.AckEvery), ack.Body);
        Assert.Null(peer.Destroyed);
    }

    [Fact]
    public void ConsumePipeData_MoreThanReceived_Throws()
    {
        using var peer = new FilePeer(consumePipeDataExplicitly: true);
        peer.Send(ChannelMessageKind.PipeData, [1], TransferBody.DataBucket);

        Assert.Throws<ArgumentOutOfRangeException>(() => peer.Session.ConsumePipeData(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => peer.Session.ConsumePipeData(0));
        peer.Session.ConsumePipeData(1);
    }

    [Fact]
    public void ConsumePipeData_NotExplicit_ThrowsInvalidOperation()
    {
        using var peer = new FilePeer();

        Assert.Throws<InvalidOperationException>(() => peer.Session.ConsumePipeData(1));
    }

    [Fact]
    public void Pipe_DataBeyondTheWindow_DestroysWithPipeProtocolViolation()
    {
        using var peer = new FilePeer(consumePipeDataExplicitly: true);
        for (var i = 0; i < TransferBody.Window; i++)
        {
            peer.Send(ChannelMessageKind.PipeData, [(byte)i], TransferBody.DataBucket);
        }

        Assert.Null(peer.Destroyed);
        peer.Send(ChannelMessageKind.PipeData, [99], TransferBody.DataBucket);

        Assert.Equal(ErrorCode.PipeProtocolViolation, peer.Destroyed?.Reason);
        Assert.Equal(TransferBody.Window, peer.Events.OfType<PipeDataReceived>().Count());
    }
}
