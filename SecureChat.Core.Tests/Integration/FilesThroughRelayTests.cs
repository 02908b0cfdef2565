using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using System.Security.Cryptography;
using SecureChat.Files;

namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// Files and the pipe between two real hardened sessions through the real relay on loopback. The relay's default
/// 50 frames/s would bound throughput, so it runs with a higher frame rate; chunks go as fast as the window allows.
/// </summary>
public sealed class FilesThroughRelayTests : RelayIntegrationTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _downloads = Directory.CreateTempSubdirectory("securechat-relay-files-").FullName;
    private protected override Task<InProcessRelay> StartRelayAsync() =>
        InProcessRelay.StartAsync(
        "http://127.0.0.1:0", ["--Relay:FramesPerSecond=2000", "--Relay:FrameBurst=4000"]);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_downloads, recursive: true);
    }

    [Fact]
    public async Task Pipe_FiftyMegabytesOfRandomBytes_ArriveByteForByte()
    {
        const int total = 50 * 1024 * 1024;
        var (alice, bob, invites) = await ConnectAsync();
        using var _ = invites;
        using var __ = alice;
        using var ___ = bob;
        using var received = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0L;
        var ended = bob.Events.Do(e =>
        {
            if (e is PipeDataReceived data)
            {
                received.AppendData(data.Data.Span);
                count += data.Data.Length;
            }
        }).OfType<PipeEnded>().FirstAsync().ToTask();

        using var sent = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = new byte[1024 * 1024];
        for (var offset = 0; offset < total; offset += block.Length)
        {
            RandomNumberGenerator.Fill(block);
            sent.AppendData(block);
            Assert.True(await alice.SendPipeDataAsync(block).WaitAsync(Patience));
        }

        Assert.True(alice.EndPipe());
        await ended.WaitAsync(Patience);

        Assert.Equal(total, count);
        Assert.Equal(sent.GetHashAndReset(), received.GetHashAndReset());
        Assert.Equal(SessionState.Connected, bob.State);
    }

    [Fact]
    public async Task File_FiveMegabytes_LandsInTheDownloadsFolderVerified()
    {
        var (alice, bob, invites) = await ConnectAsync();
        using var _ = invites;
        using var __ = alice;
        using var ___ = bob;
        var content = RandomNumberGenerator.GetBytes(5 * 1024 * 1024);
        var folder = new DownloadFolder(_downloads);
        PartialDownload? download = null;
        using var accepting = bob.Events.OfType<FileOffered>().Subscribe(offer =>
        {
            download = folder.CreateUnique(offer.Name);
            Assert.True(bob.AcceptFile(offer.Id, download.Stream));
        });
        var bobDone = bob.Events.OfType<FileCompleted>().FirstAsync().ToTask();
        var aliceDone = alice.Events.OfType<FileCompleted>().FirstAsync().ToTask();

        var id = alice.SendFile("../../secret/payload.bin", content.Length, new MemoryStream(content));

        Assert.Equal(id, (await bobDone.WaitAsync(Patience)).Id);
        Assert.Equal(id, (await aliceDone.WaitAsync(Patience)).Id);
        var path = download!.Commit();
        Assert.Equal(Path.Combine(_downloads, "payload.bin"), path);
        Assert.Equal(SHA256.HashData(content), SHA256.HashData(File.ReadAllBytes(path)));
    }

    private async Task<(ChatSession Alice, ChatSession Bob, Invites Invites)> ConnectAsync()
    {
        var invites = new Invites();
        var alice = NewSession(invites.Invite, InviteRole.Creator);
        var bob = NewSession(invites.Copy, InviteRole.Joiner);
        var connected = Task.WhenAll(
            alice.Events.OfType<Connected>().FirstAsync().ToTask(),
            bob.Events.OfType<Connected>().FirstAsync().ToTask());
        alice.Start();
        bob.Start();
        await connected.WaitAsync(Patience);
        return (alice, bob, invites);
    }

    private ChatSession NewSession(RoomInvite invite, InviteRole role) => new(new ChatSessionOptions
    {
        RelayUri = Relay.WebSocketUri,
        Invite = invite,
        Role = role,
        TransferChunkInterval = TimeSpan.Zero,
    });

    private sealed class Invites : IDisposable
    {
        public RoomInvite Invite { get; } = RoomInvite.Create();

        public RoomInvite Copy { get; }

        public Invites() => Copy = Session.Hardened.Invites.CopyOf(Invite);

        public void Dispose()
        {
            Invite.Dispose();
            Copy.Dispose();
        }
    }
}
