using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SecureChat.Relay;

namespace SecureChat.Core.Tests.Integration;

/// <summary>The real relay host in this process, on 127.0.0.1 and a free port.</summary>
internal sealed class InProcessRelay : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessRelay(WebApplication app, Uri uri)
    {
        _app = app;
        WebSocketUri = uri;
    }

    public Uri WebSocketUri { get; }

    public static Task<InProcessRelay> StartAsync() => StartAsync("http://127.0.0.1:0");

    /// <summary>
    /// Starts the relay on <paramref name="url"/> (port 0: a free one) with more settings, for example Kestrel's
    /// certificate for an <c>https://</c> address, which makes <see cref="WebSocketUri"/> a <c>wss://</c> one.
    /// </summary>
    public static async Task<InProcessRelay> StartAsync(string url, IEnumerable<string>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var app = RelayServer.Build(
        [
            "--urls", url,
            "--hostBuilder:reloadConfigOnChange=false",
            "--Logging:LogLevel:Default=Warning",
            .. settings ?? [],
        ],
            configure);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return new InProcessRelay(app, new UriBuilder(address) { Scheme = address.Scheme == "https" ? "wss" : "ws" }.Uri);
    }

    public async ValueTask DisposeAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _app.StopAsync(patience.Token);
        await _app.DisposeAsync();
    }
}
