using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SecureChat.Relay.Tests.Support;

/// <summary>
/// The relay as its own process (<c>dotnet securechat-relay.dll</c>, built beside the tests), so that a test can kill
/// it outright: no drain, no goodbye to Redis, as when a machine dies.
/// </summary>
internal sealed partial class RelayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private int _disposed;

    private RelayProcess(Process process, Uri webSocketUri)
    {
        _process = process;
        WebSocketUri = webSocketUri;
    }

    public Uri WebSocketUri { get; }

    public static async Task<RelayProcess> StartAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] all =
        [
            Path.Combine(AppContext.BaseDirectory, "securechat-relay.dll"),
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
            .. args,
        ];
        foreach (var arg in all)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The relay did not start.");
        try
        {
            using var patience = new CancellationTokenSource(RelayClient.Patience);
            _ = process.StandardError.ReadToEndAsync(patience.Token);
            while (await process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
            {
                if (ListeningOn().Match(line) is { Success: true } match)
                {
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return new RelayProcess(process, new UriBuilder(match.Groups[1].Value) { Scheme = "ws" }.Uri);
                }
            }

            throw new InvalidOperationException("The relay exited before it listened.");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: the process ends at once.</summary>
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

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
