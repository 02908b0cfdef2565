using System.Security.Cryptography;
using SecureChat.Crypto.Hardened;
using SecureChat.Files;

namespace SecureChat.Core.Tests.Session.Files;

/// <summary>The file protocol against a peer the test plays byte for byte: every check, and what failing it does.</summary>
public sealed class FileProtocolTests
{
    private static readonly byte[] Ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Fact]
    public void Receive_HonestPeer_WritesInOrderAndCompletesAfterTheHashMatches()
    {
        using var peer = new FilePeer();
        var offer = peer.Offer(Ten.Length);
        using var destination = new MemoryStream();
        Assert.True(peer.Session.AcceptFile(offer.Id, destination));
        Assert.Equal(ChannelMessageKind.FileAccept, Assert.Single(peer.Receive()).Kind);

        peer.Send(ChannelMessageKind.FileChunk, TransferBody.Chunk(offer.Id, Ten), TransferBody.DataBucket);
        Assert.Empty(peer.Events.OfType<FileCompleted>());
        peer.Send(ChannelMessageKind.FileEnd, TransferBody.End(offer.Id, SHA256.HashData(Ten)));

        Assert.Equal(Ten, destination.ToArray());
        Assert.Equal(new FileCompleted(offer.Id, Outgoing: false), peer.Events.OfType<FileCompleted>().Single());
        Assert.Equal([ChannelMessageKind.FileAck, ChannelMessageKind.FileReceived], peer.Receive().Select(m => m.Kind));
        Assert.Equal(new FileProgress(offer.Id, 10, 10, Outgoing: false), peer.Events.OfType<FileProgress>().Single());
    }

    [Fact]
    public void Receive_HashMismatch_CancelsTheTransferWithAReasonAndTheSessionGoesOn()
    {
        using var peer = new FilePeer();
        var offer = peer.Offer(Ten.Length);
        Assert.True(peer.Session.AcceptFile(offer.Id, new MemoryStream()));
        peer.Send(ChannelMessageKind.FileChunk, TransferBody.Chunk(offer.Id, Ten), TransferBody.DataBucket);

        peer.Send(ChannelMessageKind.FileEnd, TransferBody.End(offer.Id, new byte[32])); // a forged hash

        var cancelled = Assert.Single(peer.Events.OfType<FileCancelled>());
        Assert.Equal((offer.Id, ErrorCode.FileHashMismatch, false), (cancelled.Id, cancelled.Reason, cancelled.Outgoing));
        Assert.Empty(peer.Events.OfType<FileCompleted>());
        var cancel = peer.Receive().Last();
        Assert.Equal(ChannelMessageKind.FileCancel, cancel.Kind);
        Assert.Equal(TransferBody.Cancel(offer.Id, ErrorCode.FileHashMismatch), cancel.Body);
        Assert.Equal(SessionState.Connected, peer.Session.State);
    }

    [Fact]
    public void Receive_MoreBytesThanOffered_DestroysWithFileProtocolViolation()
    {
        using var peer = new FilePeer();
        var offer = peer.Offer(Ten.Length);
        Assert.True(peer.Session.AcceptFile(offer.Id, new MemoryStream()));

        peer.Send(ChannelMessageKind.FileChunk, TransferBody.Chunk(offer.Id, [.. Ten, 11]), TransferBody.DataBucket);

        Assert.Equal(ErrorCode.FileProtocolViolation, peer.Destroyed?.Reason);
        Assert.Contains("more bytes than it offered", peer.Destroyed!.Message, StringComparison.Ordinal);
        Assert.True(peer.Session.KeysWiped);
        var cancelled = Assert.Single(peer.Events.OfType<FileCancelled>());
        Assert.Equal(ErrorCode.FileProtocolViolation, cancelled.Reason); // reported before Destroyed, so the owner can discard it
    }

    [Fact]
    public void Receive_EndBeforeAllBytes_DestroysWithFileProtocolViolation()
    {
        using var peer = new FilePeer();
        var offer = peer.Offer(Ten.Length);
        Assert.True(peer.Session.AcceptFile(offer.Id, new MemoryStream()));

        peer.Send(ChannelMessageKind.FileEnd, TransferBody.End(offer.Id, SHA256.HashData(Ten)));

        Assert.Equal(ErrorCode.FileProtocolViolation, peer.Destroyed?.Reason);
    }

    [Fact]
    public void Receive_ChunkForAnOfferNotAccepted_DestroysWithFileProtocolViolation()
    {
        using var peer = new FilePeer();
        var offer = peer.Offer(Ten.Length);

        peer.Send(ChannelMessageKind.FileChunk, TransferBody.Chunk(offer.Id, Ten), TransferBody.DataBucket);

        Assert.Equal(ErrorCode.FileProtocolViolation, peer.Destroyed?.Reason);
    }

    [Fact]
    public void Receive_ChunkForAnUnknownTransfer_DestroysWithFileProtocolViolation()
    {
        using var peer = new FilePeer();

        peer.Send(ChannelMessageKind.FileChunk, TransferBody.Chunk(FileTransferId.NewRandom(), Ten), TransferBody.DataBucket);

        Assert.Equal(ErrorCode.FileProtocolViolation, peer.Destroyed?.Reason);
    }

    [Fact]
    public void Receive_ChunkAfterWeDeclined_DestroysButAfterWeCancelledIsIgnored()
    {
        using var declined = new FilePeer();
        var offer = declined.Offer(Ten.Length);
        Assert.True(declined.Session.DeclineFile(offer.Id));
        declined.Send(ChannelMessageKind.FileChunk, TransferBody.Chunk(offer.Id, Ten), TransferBody.DataBucket);
        Assert.Equal(ErrorCode.FileProtocolViolation, declined.Destroyed?.Reason);

        using var cancelled = new FilePeer();
        var accepted = cancelled.Offer(Ten.Length);
        Assert.True(cancelled.Session.AcceptFile(accepted.Id, new MemoryStream()));
        Assert.True(cancelled.Session.CancelFile(accepted.Id));
        cancelled.Send(ChannelMessageKind.FileChunk, TransferBody.Chunk(accepted.Id, Ten), TransferBody.DataBucket); // in flight
        cancelled.Send(ChannelMessageKind.FileEnd, TransferBody.End(accepted.Id, SHA256.HashData(Ten)));
        Assert.Null(cancelled.Destroyed);
        Assert.Empty(cancelled.Events.OfType<FileCompleted>());
    }

    [Theory]
    [InlineData((byte)ChannelMessageKind.FileAccept, 3)]
    [InlineData((byte)ChannelMessageKind.FileOffer, 24)] // no name
    [InlineData((byte)ChannelMessageKind.FileChunk, 16)] // no data
    [InlineData((byte)ChannelMessageKind.FileEnd, 40)]
    [InlineData((byte)ChannelMessageKind.FileAck, 17)]
    [InlineData((byte)ChannelMessageKind.FileCancel, 16)]
    public void Receive_MalformedBody_DestroysWithFileProtocolViolation(byte kind, int length)
    {
        using var peer = new FilePeer();

        peer.Send((ChannelMessageKind)kind, new byte[length]);

        Assert.Equal(ErrorCode.FileProtocolViolation, peer.Destroyed?.Reason);
    }

    [Fact]
    public void Receive_OfferWithInvalidUtf8Name_DestroysWithFileProtocolViolation()
    {
        using var peer = new FilePeer();
        var body = TransferBody.Offer(FileTransferId.NewRandom(), 1, "x");
        body[^1] = 0xFF;

        peer.Send(ChannelMessageKind.FileOffer, body);

        Assert.Equal(ErrorCode.FileProtocolViolation, peer.Destroyed?.Reason);
    }

    [Fact]
    public void Receive_CancelWithAReasonPeersNeverSend_DestroysWithFileProtocolViolation()
    {
        using var peer = new FilePeer();
        var offer = peer.Offer(Ten.Length);

        peer.Send(ChannelMessageKind.FileCancel, TransferBody.Cancel(offer.Id, ErrorCode.LocalQuit));

        Assert.Equal(ErrorCode.FileProtocolViolation, peer.Destroyed?.Reason);
    }

    [Fact]
    public void Receive_OfferOverTheLimit_IsDeclinedAutomaticallyWithAWarning()
    {
        using var peer = new FilePeer(maxIncoming: 1000);
        var id = FileTransferId.NewRandom();

        peer.Send(ChannelMessageKind.FileOffer, TransferBody.Offer(id, 1001, "big.iso"));

        Assert.Empty(peer.Events.OfType<FileOffered>());
        Assert.Equal(ErrorCode.FileTooLarge, Assert.Single(peer.Events.OfType<Warning>()).Code);
        var decline = Assert.Single(peer.Receive());
        Assert.Equal(ChannelMessageKind.FileDecline, decline.Kind);
        Assert.Equal(TransferBody.Id(id), decline.Body);
        Assert.Equal(SessionState.Connected, peer.Session.State);
    }

    [Fact]
    public void Receive_HostileOfferedName_IsSanitisedBeforeAnyEvent()
    {
        using var peer = new FilePeer();

        var offer = peer.Offer(1, "../../home/user/.bashrc\u202Etxt.exe\u001b[2J");

        Assert.Equal("bashrctxt.exe[2J", offer.Name);
    }

    [Fact]
    public void Send_WithoutAcks_NeverHasMoreThanTheWindowOutstanding()
    {
        using var peer = new FilePeer();
        var content = RandomNumberGenerator.GetBytes(40 * TransferBody.MaxData);
        var id = peer.Session.SendFile("big.bin", content.Length, new MemoryStream(content));
        Assert.Equal(ChannelMessageKind.FileOffer, Assert.Single(peer.Receive()).Kind);
        peer.Send(ChannelMessageKind.FileAccept, TransferBody.Id(id));

        peer.Run(1_000_000);
        var chunks = peer.Receive();
        Assert.Equal(TransferBody.Window, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(ChannelMessageKind.FileChunk, c.Kind));

        peer.Send(ChannelMessageKind.FileAck, TransferBody.IdAndCount(id, 4));
        peer.Run(1_000_000);
        Assert.Equal(4, peer.Receive().Count);
        Assert.Equal(new FileProgress(id, 4L * TransferBody.MaxData, content.Length, Outgoing: true), peer.Events.OfType<FileProgress>().Single());

        peer.Send(ChannelMessageKind.FileAck, TransferBody.IdAndCount(id, 21)); // one more than was sent
        Assert.Equal(ErrorCode.FileProtocolViolation, peer.Destroyed?.Reason);
    }

    [Fact]
    public void Send_SourceShorterThanDeclared_CancelsWithTransferFailed()
    {
        using var peer = new FilePeer();
        var id = peer.Session.SendFile("short.bin", 100, new MemoryStream(Ten));
        peer.Send(ChannelMessageKind.FileAccept, TransferBody.Id(id));
        peer.Run();

        var cancelled = Assert.Single(peer.Events.OfType<FileCancelled>());
        Assert.Equal((ErrorCode.TransferFailed, true), (cancelled.Reason, cancelled.Outgoing));
        Assert.Equal([ChannelMessageKind.FileOffer, ChannelMessageKind.FileCancel], peer.Receive().Select(m => m.Kind));
    }

    [Fact]
    public void Send_EmptyFile_SendsTheEndWithTheEmptyHashOnAccept()
    {
        using var peer = new FilePeer();
        var id = peer.Session.SendFile("empty", 0, new MemoryStream());
        peer.Send(ChannelMessageKind.FileAccept, TransferBody.Id(id));
        peer.Run();

        var end = peer.Receive().Last();
        Assert.Equal(ChannelMessageKind.FileEnd, end.Kind);
        Assert.Equal(TransferBody.End(id, SHA256.HashData(ReadOnlySpan<byte>.Empty)), end.Body);
        peer.Send(ChannelMessageKind.FileReceived, TransferBody.Id(id));
        Assert.Equal(new FileCompleted(id, Outgoing: true), peer.Events.OfType<FileCompleted>().Single());
    }

    [Fact]
    public void Send_ChunksArePaddedToThe16384Bucket()
    {
        using var peer = new FilePeer();
        var id = peer.Session.SendFile("tiny", 3, new MemoryStream([1, 2, 3]));
        peer.Send(ChannelMessageKind.FileAccept, TransferBody.Id(id));
        peer.Run();

        var frames = peer.H.SentFrames.TakeLast(2).ToList(); // the chunk, then the end
        Assert.True(DataFrame.TryParse(frames[0], out var chunk));
        Assert.Equal(TransferBody.DataBucket + 17, chunk.Length);
    }

    [Fact]
    public void Send_LegacySession_IsRefused()
    {
        using var legacy = new SessionHarness();
        Assert.Throws<NotSupportedException>(() => legacy.Session.SendFile("x", 1, new MemoryStream([1])));
        Assert.Throws<NotSupportedException>(() => { _ = legacy.Session.SendPipeDataAsync(new byte[1]); });
        Assert.Throws<NotSupportedException>(() => legacy.Session.EndPipe());
    }

    [Fact]
    public void Send_BeforeConnected_IsCancelledAsNotConnected()
    {
        using var h = new Hardened.HardenedHarness(InviteRole.Creator);
        var id = h.Session.SendFile("x", 1, new MemoryStream([1]));

        var cancelled = Assert.Single(h.EventValues.OfType<FileCancelled>());
        Assert.Equal((id, ErrorCode.NotConnected), (cancelled.Id, cancelled.Reason));
    }
}
