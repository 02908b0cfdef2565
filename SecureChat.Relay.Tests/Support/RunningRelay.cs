using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SecureChat.Relay.Tests.Support;

/// <summary>
/// The real relay host, started in-process on a free 127.0.0.1 port, for tests that talk to it over real sockets.
/// </summary>
public sealed class RunningRelay : IAsyncDisposable
{
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private int _disposed;

    private RunningRelay(WebApplication app, Uri httpUri)
    {
        _app = app;
        HttpUri = httpUri;
        WebSocketUri = new UriBuilder(httpUri) { Scheme = "ws" }.Uri;
    }

    /// <summary>Where WebSocket clients connect, e.g. <c>ws://127.0.0.1:41234/</c>.</summary>
    public Uri WebSocketUri { get; }

    /// <summary>The same address over plain HTTP, for <c>/healthz</c> and non-upgrade requests.</summary>
    public Uri HttpUri { get; }

    /// <summary>The relay's services, for white-box assertions such as the number of open rooms.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a relay; <paramref name="args"/> add to or override the test defaults.</summary>
    /// <param name="args">Extra configuration, e.g. <c>--Relay:MaxFrameBytes=1024</c>.</param>
    public static Task<RunningRelay> StartAsync(params string[] args) => StartAsync(args, configure: null);

    internal static async Task<RunningRelay> StartAsync(string[] args, Action<WebApplicationBuilder>? configure)
    {
        string[] all =
        [
            "--urls", "http://127.0.0.1:0",
            // Many hosts start in parallel; file watchers for appsettings would exhaust inotify instances.
            "--hostBuilder:reloadConfigOnChange=false",
            "--Logging:LogLevel:Default=Warning",
            .. args,
        ];
        var app = RelayServer.Build(all, configure);
        try
        {
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features
                .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new RunningRelay(app, new Uri(address));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reads <c>/metrics</c>.</summary>
    internal async Task<Scrape> ScrapeAsync()
    {
        using var http = new HttpClient { Timeout = RelayClient.Patience };
        return new Scrape(await http.GetStringAsync(new Uri(HttpUri, "/metrics")));
    }

    /// <summary>Stops the relay (its open connections are told and closed) and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using var patience = new CancellationTokenSource(StopPatience);
        await _app.StopAsync(patience.Token);
        await _app.DisposeAsync();
    }
}
