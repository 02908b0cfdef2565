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

    public static async Task<InProcessRelay> StartAsync()
    {
        var app = RelayServer.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--hostBuilder:reloadConfigOnChange=false",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new InProcessRelay(app, new UriBuilder(address) { Scheme = "ws" }.Uri);
    }

    public async ValueTask DisposeAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _app.StopAsync(patience.Token);
        await _app.DisposeAsync();
    }
}
