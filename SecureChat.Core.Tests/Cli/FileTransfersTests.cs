using SecureChat.Cli;
using Spectre.Console.Testing;

namespace SecureChat.Core.Tests.Cli;

/// <summary>The CLI's file bookkeeping against a hardened session that never connects (no relay needed).</summary>
public sealed class FileTransfersTests : IDisposable
{
    private const string IdText = "00112233445566778899aabbccddeeff";

    private readonly string _root = Directory.CreateTempSubdirectory("securechat-ft-").FullName;
    private readonly RoomInvite _invite = RoomInvite.Create();
    private readonly ChatSession _session;
    private readonly FileTransfers _files;
    private readonly IDisposable _subscription;

    public FileTransfersTests()
    {
        _session = new ChatSession(new ChatSessionOptions
        {
            Invite = _invite,
            Role = InviteRole.Creator,
            TransportFactory = static _ => new UnreachableTransport(),
        });
        _files = new FileTransfers(_session, Downloads, TimeProvider.System);
        _subscription = _session.Events.Subscribe(e => _files.Observe(e));
    }

    private string Downloads => Path.Combine(_root, "in");

    private static FileTransferId Id => FileTransferId.TryParse(IdText, out var id) ? id : throw new InvalidOperationException();

    public void Dispose()
    {
        _subscription.Dispose();
        _files.Dispose();
        _session.Dispose();
        _invite.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Send_MissingFile_RefusedClearly()
    {
        var result = _files.Send(Path.Combine(_root, "nope.txt"));

        Assert.Equal($"No such file: {Path.Combine(_root, "nope.txt")}.", result.Error);
    }

    [Fact]
    public void Send_Folder_RefusedClearly()
    {
        Assert.Equal($"{_root} is a folder; only single files can be sent.", _files.Send(_root).Error);
    }

    [Fact]
    public void Send_NoPath_SaysHow()
    {
        Assert.Equal("Say which file: /send PATH.", _files.Send(null).Error);
    }

    [Fact]
    public void Send_NotConnected_NotOfferedAndNothingLeftOpen()
    {
        var path = Path.Combine(_root, "a.txt");
        File.WriteAllText(path, "hello");

        Assert.Equal("Not connected: the file was not offered.", _files.Send(path).Error);
        Assert.True(_files.Idle().IsCompleted);

        // The source was closed: it can be deleted and opened exclusively again.
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
        }
    }

    [Fact]
    public void AcceptAndDecline_NoOffer_SayThereIsNone()
    {
        Assert.Equal("There is no open offer.", _files.Accept(null).Error);
        Assert.Equal("There is no open offer.", _files.Decline(null).Error);
        Assert.Equal("There is no open transfer.", _files.Cancel(null).Error);
    }

    [Fact]
    public void Accept_OfferNoLongerOpen_CreatesTheFolderButLeavesNoPart()
    {
        Assert.Equal(new FileUpdate("x.bin"), _files.Observe(new FileOffered(Id, "x.bin", 10)));

        var result = _files.Accept("0011");

        Assert.Equal("The offer of x.bin is no longer open.", result.Error);
        Assert.True(Directory.Exists(Downloads));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Downloads));
    }

    [Theory]
    [InlineData("001")]
    [InlineData("ffff")]
    public void Accept_IdTooShortOrUnknown_Refused(string id)
    {
        _files.Observe(new FileOffered(Id, "x.bin", 10));

        Assert.StartsWith($"No single open offer has the id {id}", _files.Accept(id).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decline_LatestOffer_ForgetsIt()
    {
        _files.Observe(new FileOffered(Id, "x.bin", 10));

        Assert.Equal(new FileCommandResult("DECLINED", Id, "x.bin", 10), _files.Decline(null));
        Assert.Equal("There is no open offer.", _files.Decline(null).Error);
    }

    [Fact]
    public void Router_Legacy_FileCommandsSayNotAvailable()
    {
        using var console = new TestConsole();
        var router = new ChatCommandRouter(new ChatScreen(console, TimeZoneInfo.Utc), ProtocolMode.Legacy, static _ => { }, static () => { });

        router.Handle(ChatCommand.Parse("/send x"));

        Assert.Contains("File transfer needs a hardened session", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Router_Hardened_AnswersAsANotice()
    {
        using var console = new TestConsole();
        var router = new ChatCommandRouter(new ChatScreen(console, TimeZoneInfo.Utc), ProtocolMode.Hardened, static _ => { }, static () => { }, _files);

        router.Handle(ChatCommand.Parse("/accept"));

        Assert.Contains("! There is no open offer.", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_Offer_NamesSizeAndShortId()
    {
        var text = FileNoticeText.For(new FileOffered(Id, "x.bin", 2048), new FileUpdate("x.bin"));

        Assert.Equal("Your peer offers x.bin (2.0 KiB), id 00112233: /accept 00112233 or /decline 00112233.", text);
    }
}
