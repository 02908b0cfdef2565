using System.Security.Cryptography;
using SecureChat.Core.Tests.Session.Hardened;
using SecureChat.Crypto.Hardened;
using SecureChat.Files;

namespace SecureChat.Core.Tests.Session.Files;

/// <summary>Files between two real hardened sessions through the in-memory relay, on a TestScheduler.</summary>
public sealed class FileTransferTests : IDisposable
{
    private readonly string _downloads = Directory.CreateTempSubdirectory("securechat-files-").FullName;

    public void Dispose() => Directory.Delete(_downloads, recursive: true);

    [Fact]
    public void Transfer_Accepted_ArrivesWholeAndBothSidesComplete()
    {
        using var pair = new FilePair();
        var content = RandomNumberGenerator.GetBytes((5 * TransferBody.MaxData) + 123);
        var id = pair.Creator.SendFile("/home/alice/photos/cat.jpg", content.Length, new MemoryStream(content));
        pair.Run();
        var offer = Assert.Single(pair.JoinerEvents.OfType<FileOffered>());
        Assert.Equal(new FileOffered(id, "cat.jpg", content.Length), offer);
        using var download = new DownloadFolder(_downloads).CreateUnique(offer.Name);

        Assert.True(pair.Joiner.AcceptFile(id, download.Stream));
        pair.RunToEnd();

        Assert.Equal(new FileCompleted(id, Outgoing: false), pair.JoinerEvents.OfType<FileCompleted>().Single());
        Assert.Equal(new FileCompleted(id, Outgoing: true), pair.CreatorEvents.OfType<FileCompleted>().Single());
        var path = download.Commit();
        Assert.Equal(Path.Combine(_downloads, "cat.jpg"), path);
        Assert.Equal(content, File.ReadAllBytes(path));
        Assert.Equal(content.Length, pair.JoinerEvents.OfType<FileProgress>().Last().Transferred);
        Assert.Equal(content.Length, pair.CreatorEvents.OfType<FileProgress>().Last().Transferred);
        Assert.Equal(SessionState.Connected, pair.Creator.State);
    }

    [Fact]
    public void Transfer_Declined_SenderSeesFileDeclinedAndNothingIsSent()
    {
        using var pair = new FilePair();
        var id = pair.Creator.SendFile("x.bin", 100_000, new MemoryStream(new byte[100_000]));
        pair.Run();

        Assert.True(pair.Joiner.DeclineFile(id));
        pair.RunToEnd();

        Assert.Equal(new FileDeclined(id), pair.CreatorEvents.OfType<FileDeclined>().Single());
        Assert.Empty(pair.JoinerEvents.OfType<FileProgress>());
        Assert.False(pair.Joiner.AcceptFile(id, new MemoryStream()));
        Assert.DoesNotContain(pair.Relay.Signals, s => s.Frame.Length > 20_000); // no data chunk ever left
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Transfer_CancelledMidway_BothStopAndThePartialIsAbandoned(bool bySender)
    {
        using var pair = new FilePair();
        var content = RandomNumberGenerator.GetBytes(40 * TransferBody.MaxData);
        var id = pair.Creator.SendFile("big.bin", content.Length, new MemoryStream(content));
        pair.Run();
        var download = new DownloadFolder(_downloads).CreateUnique("big.bin");
        Assert.True(pair.Joiner.AcceptFile(id, download.Stream));
        pair.Run(FilePeer.Interval.Ticks * 10);
        Assert.NotEmpty(pair.JoinerEvents.OfType<FileProgress>());

        Assert.True((bySender ? pair.Creator : pair.Joiner).CancelFile(id));
        pair.RunToEnd();

        var senderSaw = Assert.Single(pair.CreatorEvents.OfType<FileCancelled>());
        var receiverSaw = Assert.Single(pair.JoinerEvents.OfType<FileCancelled>());
        Assert.Equal((ErrorCode.TransferCancelled, true), (senderSaw.Reason, senderSaw.Outgoing));
        Assert.Equal((ErrorCode.TransferCancelled, false), (receiverSaw.Reason, receiverSaw.Outgoing));
        Assert.Empty(pair.JoinerEvents.OfType<FileCompleted>());
        Assert.True(pair.JoinerEvents.OfType<FileProgress>().Last().Transferred < content.Length);
        Assert.Equal(SessionState.Connected, pair.Joiner.State);
        Assert.Equal(SessionState.Connected, pair.Creator.State);
        Assert.False(pair.Creator.CancelFile(id)); // no longer open

        Assert.True(File.Exists(download.PartPath));
        download.Abandon();
        Assert.Empty(Directory.EnumerateFileSystemEntries(_downloads));
    }

    [Fact]
    public void Transfer_OverTheReceiversLimit_IsDeclinedAutomatically()
    {
        using var pair = new FilePair(maxIncoming: 1000);
        var id = pair.Creator.SendFile("big.iso", 1001, new MemoryStream(new byte[1001]));
        pair.RunToEnd();

        Assert.Empty(pair.JoinerEvents.OfType<FileOffered>());
        Assert.Equal(ErrorCode.FileTooLarge, pair.JoinerEvents.OfType<Warning>().Single().Code);
        Assert.Equal(new FileDeclined(id), pair.CreatorEvents.OfType<FileDeclined>().Single());
    }

    [Fact]
    public void Transfer_ChatLineSentMidway_ArrivesBeforeTheTransferFinishes()
    {
        using var pair = new FilePair();
        var content = RandomNumberGenerator.GetBytes(30 * TransferBody.MaxData);
        var id = pair.Creator.SendFile("big.bin", content.Length, new MemoryStream(content));
        pair.Run();
        Assert.True(pair.Joiner.AcceptFile(id, new MemoryStream()));
        pair.Run(FilePeer.Interval.Ticks * 5);

        pair.Creator.Send("still here");
        pair.RunToEnd();

        var events = pair.JoinerEvents.ToList();
        var chat = events.FindIndex(e => e is MessageReceived { Text: "still here" });
        var done = events.FindIndex(e => e is FileCompleted);
        Assert.InRange(chat, 0, done);
        Assert.True(events.Skip(chat).OfType<FileProgress>().Count() > 10, "most of the file came after the line");
    }

    [Fact]
    public void Transfer_TamperedChunk_ChannelDestroysTheSessionAndTheTransferIsCancelled()
    {
        using var pair = new FilePair();
        var content = RandomNumberGenerator.GetBytes(10 * TransferBody.MaxData);
        var id = pair.Creator.SendFile("big.bin", content.Length, new MemoryStream(content));
        pair.Run();
        Assert.True(pair.Joiner.AcceptFile(id, new MemoryStream()));
        var chunks = 0;
        pair.Relay.OnSignal = (from, frame) =>
        {
            if (from == Side.Creator && DataFrame.TryParse(frame, out var chunk) && chunk.Length > 16_000 && ++chunks == 3)
            {
                chunk[100] ^= 1;
                frame = DataFrame.Encode(chunk);
            }

            pair.Relay.Deliver(HostileRelay.Other(from), frame);
        };

        pair.RunToEnd();

        Assert.Equal(ErrorCode.DecryptionFailed, pair.Relay.DestroyedOf(Side.Joiner)?.Reason);
        Assert.Equal(2, pair.JoinerEvents.OfType<FileProgress>().Count());
        var cancelled = Assert.Single(pair.JoinerEvents.OfType<FileCancelled>());
        Assert.Equal(ErrorCode.DecryptionFailed, cancelled.Reason);
        Assert.Empty(pair.JoinerEvents.OfType<FileCompleted>());
        Assert.True(pair.Joiner.KeysWiped);
        Assert.NotNull(pair.Relay.DestroyedOf(Side.Creator)); // the receiver left without the authenticated close
        Assert.Single(pair.CreatorEvents.OfType<FileCancelled>());
    }

    [Fact]
    public void Transfer_SessionQuitMidway_ReportsEachOpenTransferCancelledBeforeDestroyed()
    {
        using var pair = new FilePair();
        var id = pair.Creator.SendFile("x.bin", 10, new MemoryStream(new byte[10]));
        pair.Run();

        _ = pair.Joiner.Quit();
        pair.RunToEnd();

        var events = pair.JoinerEvents.ToList();
        var cancelled = Assert.Single(events.OfType<FileCancelled>());
        Assert.Equal((id, ErrorCode.LocalQuit), (cancelled.Id, cancelled.Reason));
        Assert.True(events.IndexOf(cancelled) < events.FindIndex(e => e is Destroyed));
        Assert.Equal(ErrorCode.PeerLeft, Assert.Single(pair.CreatorEvents.OfType<FileCancelled>()).Reason);
    }
}
