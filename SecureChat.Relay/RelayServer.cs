using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SecureChat.Relay;

/// <summary>Builds the relay host: what <c>securechat-relay</c> runs, and what tests start in-process.</summary>
public static class RelayServer
{
    /// <summary>Where the relay listens when no address is configured: loopback only, never all interfaces.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8765";

    /// <summary>
    /// Builds the relay from the usual ASP.NET Core configuration (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
    /// appsettings, a <c>Relay</c> section) with <see cref="DefaultUrl"/> when none names an address. Start it with
    /// <c>StartAsync</c>; with <c>--urls http://127.0.0.1:0</c> read the bound port from
    /// <see cref="IServerAddressesFeature"/>.
    /// </summary>
    /// <param name="args">Command-line arguments, as for <see cref="WebApplication.CreateBuilder(string[])"/>.</param>
    /// <remarks>
    /// For <c>wss://</c> straight from the relay use Kestrel's own settings, for example <c>--urls https://0.0.0.0:8443
    /// --Kestrel:Certificates:Default:Path=cert.pem --Kestrel:Certificates:Default:KeyPath=key.pem</c> (docs/deploy.md);
    /// a certificate file that is missing, unreadable or expired fails here with a message naming the setting.
    /// </remarks>
    public static WebApplication Build(string[] args) => Build(args, configure: null);

    /// <summary>As <see cref="Build(string[])"/>, with a last chance to change the builder (tests add loggers).</summary>
    internal static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(args);
        // A tool, not a site: read the appsettings.json shipped beside the binary, wherever it is started from.
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (!NamesAnAddress(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        KestrelCertificates.ThrowIfUnusable(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddRelay(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseWebSockets();
        app.MapRelay();
        return app;
    }

    private static bool NamesAnAddress(ConfigurationManager configuration) =>
        !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
