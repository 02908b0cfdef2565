using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SecureChat.Relay.Tests.Support;

/// <summary>
/// A real <c>redis-server</c> (Debian's package; build.sh installs it) on a free 127.0.0.1 port, with no persistence.
/// Ready once it says so on its output; killed and waited for on dispose, so no test leaves one behind.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private Process _process;
    private int _disposed;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>What <c>Relay:Redis</c> takes.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        // A port found free may be taken before redis binds it: then redis exits, and another port is tried.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var server = new RedisServer(Launch(port), port);
            if (await server.WaitReadyAsync())
            {
                return server;
            }

            await server.DisposeAsync();
            if (attempt == 3)
            {
                throw new InvalidOperationException("redis-server did not become ready.");
            }
        }
    }

    /// <summary>Starts a new, empty server on the same port, after <see cref="KillAsync"/>.</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        _process.Dispose();
        _process = Launch(Port);
        if (!await WaitReadyAsync())
        {
            throw new InvalidOperationException("redis-server did not come back on its port.");
        }
    }

    /// <summary>Kills the server at once (SIGKILL), as a crash or a network loss would look to its clients.</summary>
    public Task KillAsync() => ChildProcess.KillAsync(_process);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await KillAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task<bool> WaitReadyAsync()
    {
        using var patience = new CancellationTokenSource(RelayClient.Patience);
        _ = _process.StandardError.ReadToEndAsync(patience.Token);
        while (await _process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
        {
            if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                // Keep draining its output, so that a full pipe never blocks it.
                _ = _process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return true;
            }
        }

        return false;
    }

    private static Process Launch(int port) =>
        Process.Start(new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
