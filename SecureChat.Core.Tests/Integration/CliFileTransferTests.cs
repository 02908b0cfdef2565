using System.Security.Cryptography;
using SecureChat.Files;

namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// Files and the pipe between two real <c>securechat</c> processes through the real relay, whose frame limits are
/// raised for bulk transfer (the CLIs send chunks without pause: <c>--chunk-interval 0</c>).
/// </summary>
public sealed class CliFileTransferTests : RelayIntegrationTest
{
    private const string HostileName = ".re:port?.bin";

    private readonly string _root = Directory.CreateTempSubdirectory("securechat-files-").FullName;
    private string Downloads => Path.Combine(_root, "downloads");

    private protected override Task<InProcessRelay> StartRelayAsync() =>
        InProcessRelay.StartAsync("http://127.0.0.1:0", ["--Relay:FramesPerSecond=5000", "--Relay:FrameBurst=10000"]);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task CliFiles_SendAndAutoAccept_SavesIdenticalBytesUnderANewSanitisedName()
    {
        var content = RandomNumberGenerator.GetBytes((3 * 1024 * 1024) + 123);
        var source = Path.Combine(_root, HostileName);
        await File.WriteAllBytesAsync(source, content);
        var saneName = FileNames.SanitizeBaseName(HostileName);
        Directory.CreateDirectory(Downloads);
        var existing = Path.Combine(Downloads, saneName);
        await File.WriteAllTextAsync(existing, "already here");

        var (alice, bob) = await ConnectAsync("--accept-files", "--downloads", Downloads);
        await using (alice)
        await using (bob)
        {
            await alice.WriteLineAsync($"/send {source}");
            var sending = await alice.WaitForLineAsync(l => l.StartsWith("FILE_SENDING ", StringComparison.Ordinal));
            var id = sending.Split(' ')[1];
            Assert.Equal($"FILE_SENDING {id} {content.Length} {saneName}", sending);

            await bob.WaitForLineAsync(l => l == $"FILE_OFFERED {id} {content.Length} {saneName}");
            var done = await bob.WaitForLineAsync(l => l.StartsWith($"FILE_DONE {id} ", StringComparison.Ordinal));
            await alice.WaitForLineAsync(l => l.StartsWith($"FILE_DONE {id} ", StringComparison.Ordinal));
            Assert.Contains(bob.Seen, l => l.StartsWith($"FILE_PROGRESS {id} ", StringComparison.Ordinal));

            var saved = done[$"FILE_DONE {id} ".Length..];
            Assert.Equal(Path.Combine(Downloads, "re_port_ (1).bin"), saved);
            Assert.Equal(content, await File.ReadAllBytesAsync(saved));
            Assert.Equal("already here", await File.ReadAllTextAsync(existing));
            Assert.Empty(Directory.GetFiles(Downloads, "*" + DownloadFolder.PartSuffix));

            alice.CloseInput();
            Assert.Equal(0, await alice.WaitForExitAsync());
            Assert.Equal(0, await bob.WaitForExitAsync());
        }
    }

    [Fact]
    public async Task CliFiles_Declined_LeavesNothing()
    {
        var source = Path.Combine(_root, "secret.bin");
        await File.WriteAllBytesAsync(source, RandomNumberGenerator.GetBytes(100_000));

        var (alice, bob) = await ConnectAsync("--downloads", Downloads);
        await using (alice)
        await using (bob)
        {
            await alice.WriteLineAsync($"/send {source}");
            var offered = await bob.WaitForLineAsync(l => l.StartsWith("FILE_OFFERED ", StringComparison.Ordinal));
            var id = offered.Split(' ')[1];
            await bob.WriteLineAsync("/decline");
            await bob.WaitForLineAsync(l => l.StartsWith($"FILE_DECLINED {id}", StringComparison.Ordinal));
            await alice.WaitForLineAsync(l => l == $"FILE_DECLINED {id}");

            alice.CloseInput();
            Assert.Equal(0, await alice.WaitForExitAsync());
            Assert.Equal(0, await bob.WaitForExitAsync());
            Assert.False(Directory.Exists(Downloads) && Directory.EnumerateFileSystemEntries(Downloads).Any());
        }
    }

    [Fact]
    public async Task CliFiles_OverMaxFileSize_IsDeclinedAndLeavesNothing()
    {
        var source = Path.Combine(_root, "big.bin");
        await File.WriteAllBytesAsync(source, RandomNumberGenerator.GetBytes(4096));

        var (alice, bob) = await ConnectAsync("--accept-files", "--downloads", Downloads, "--max-file-size", "1K");
        await using (alice)
        await using (bob)
        {
            await alice.WriteLineAsync($"/send {source}");
            var sending = await alice.WaitForLineAsync(l => l.StartsWith("FILE_SENDING ", StringComparison.Ordinal));
            await alice.WaitForLineAsync(l => l == $"FILE_DECLINED {sending.Split(' ')[1]}");
            await bob.WaitForLineAsync(l => l.StartsWith($"WARN {(int)ErrorCode.FileTooLarge} ", StringComparison.Ordinal));

            alice.CloseInput();
            Assert.Equal(0, await alice.WaitForExitAsync());
            Assert.Equal(0, await bob.WaitForExitAsync());
            Assert.DoesNotContain(bob.Seen, l => l.StartsWith("FILE_OFFERED", StringComparison.Ordinal));
            Assert.False(Directory.Exists(Downloads) && Directory.EnumerateFileSystemEntries(Downloads).Any());
        }
    }

    [Fact]
    public async Task CliFiles_CancelledBySenderMidway_StopsBothSidesAndLeavesNoPart()
    {
        var source = Path.Combine(_root, "slow.bin");
        await File.WriteAllBytesAsync(source, RandomNumberGenerator.GetBytes(3 * 1024 * 1024));

        // The sender keeps the default pace (about 320 KiB/s), so there is time to cancel.
        var (alice, bob) = await ConnectPacedAsync(aliceInterval: null, "--accept-files", "--downloads", Downloads);
        await using (alice)
        await using (bob)
        {
            await alice.WriteLineAsync($"/send {source}");
            var sending = await alice.WaitForLineAsync(l => l.StartsWith("FILE_SENDING ", StringComparison.Ordinal));
            var id = sending.Split(' ')[1];
            await bob.WaitForLineAsync(l => l.StartsWith($"FILE_PROGRESS {id} ", StringComparison.Ordinal));
            Assert.Single(Directory.GetFiles(Downloads, "*" + DownloadFolder.PartSuffix));

            await alice.WriteLineAsync($"/cancel {id[..8]}");
            await alice.WaitForLineAsync(l => l.StartsWith($"FILE_CANCELLED {id} {(int)ErrorCode.TransferCancelled} ", StringComparison.Ordinal));
            await bob.WaitForLineAsync(l => l.StartsWith($"FILE_CANCELLED {id} {(int)ErrorCode.TransferCancelled} ", StringComparison.Ordinal));
            Assert.Empty(Directory.EnumerateFileSystemEntries(Downloads));

            alice.CloseInput();
            Assert.Equal(0, await alice.WaitForExitAsync());
            Assert.Equal(0, await bob.WaitForExitAsync());
        }
    }

    [Fact]
    public async Task CliPipe_PeerKilledMidway_JoinerExitsNonZero()
    {
        var relay = Relay.WebSocketUri.ToString();
        await using var creator = PipeProcess.Start(null, "pipe", "create", "--relay", relay, "--chunk-interval", "0");
        var code = (await creator.WaitForErrorLineAsync(l => l.StartsWith("CODE ", StringComparison.Ordinal)))["CODE ".Length..];
        await using var joiner = PipeProcess.Start(
            new Dictionary<string, string> { ["SECURECHAT_CODE"] = code }, "pipe", "join", "--relay", relay, "--chunk-interval", "0");
        joiner.Input.Close();
        await creator.Input.WriteAsync(RandomNumberGenerator.GetBytes(1024 * 1024));
        await creator.Input.FlushAsync();
        await joiner.WaitForErrorLineAsync(l => l.StartsWith("CONNECTED ", StringComparison.Ordinal));

        await creator.DisposeAsync();

        await joiner.WaitForErrorLineAsync(l => l.StartsWith("PIPE_TRUNCATED", StringComparison.Ordinal));
        Assert.Equal(1, await joiner.WaitForExitAsync());
    }

    [Fact]
    public async Task CliPipe_FiftyMegabytes_ArriveByteForByte()
    {
        const int Size = 50 * 1024 * 1024;
        var relay = Relay.WebSocketUri.ToString();
        await using var creator = PipeProcess.Start(null, "pipe", "create", "--relay", relay, "--chunk-interval", "0");
        var code = (await creator.WaitForErrorLineAsync(l => l.StartsWith("CODE ", StringComparison.Ordinal)))["CODE ".Length..];
        await using var joiner = PipeProcess.Start(
            new Dictionary<string, string> { ["SECURECHAT_CODE"] = code }, "pipe", "join", "--relay", relay, "--chunk-interval", "0");
        joiner.Input.Close();

        using var expected = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = new byte[1024 * 1024];
        for (var written = 0; written < Size; written += block.Length)
        {
            RandomNumberGenerator.Fill(block);
            expected.AppendData(block);
            await creator.Input.WriteAsync(block);
        }

        creator.Input.Close();
        var (hash, length) = await joiner.Output.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(Size, length);
        Assert.Equal(expected.GetHashAndReset(), hash);
        Assert.Equal(0, await joiner.WaitForExitAsync());
        Assert.Equal(0, await creator.WaitForExitAsync());
        Assert.Equal(0, (await creator.Output).Length);
        Assert.DoesNotContain(code, string.Join('\n', joiner.Seen), StringComparison.Ordinal);
    }

    private Task<(LineProcess Alice, LineProcess Bob)> ConnectAsync(params string[] bobOptions) => ConnectPacedAsync("0", bobOptions);

    private async Task<(LineProcess Alice, LineProcess Bob)> ConnectPacedAsync(string? aliceInterval, params string[] bobOptions)
    {
        var relay = Relay.WebSocketUri.ToString();
        var alice = LineProcess.Start(
            "dotnet", [CliProcessTests.CliDll, "create", "--relay", relay, .. aliceInterval is null ? [] : new[] { "--chunk-interval", aliceInterval }]);
        var code = (await alice.WaitForLineAsync(l => l.StartsWith("CODE ", StringComparison.Ordinal)))["CODE ".Length..];
        var bob = LineProcess.Start("dotnet", [CliProcessTests.CliDll, "join", "--relay", relay, "--chunk-interval", "0", .. bobOptions]);
        await bob.WriteLineAsync(code);
        await alice.WaitForLineAsync(l => l.StartsWith("CONNECTED ", StringComparison.Ordinal));
        await bob.WaitForLineAsync(l => l.StartsWith("CONNECTED ", StringComparison.Ordinal));
        return (alice, bob);
    }
}
