using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class HostConfigurationTests
{
    // Only configuration is read here; no test in this class starts the host it builds.
    private const string NoWatchers = "--hostBuilder:reloadConfigOnChange=false";

    [Fact]
    public async Task Build_NoAddressConfigured_DefaultsToLoopback8765()
    {
        await using var app = RelayServer.Build([NoWatchers]);

        Assert.Equal("http://127.0.0.1:8765", app.Configuration[WebHostDefaults.ServerUrlsKey]);
        Assert.Equal(RelayServer.DefaultUrl, app.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    [Fact]
    public async Task Build_UrlsArgument_OverridesDefault()
    {
        await using var app = RelayServer.Build([NoWatchers, "--urls", "http://127.0.0.1:9999"]);

        Assert.Equal("http://127.0.0.1:9999", app.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    [Fact]
    public async Task Build_NoRelaySection_UsesDefaults()
    {
        await using var app = RelayServer.Build([NoWatchers]);

        var options = app.Services.GetRequiredService<IOptions<RelayOptions>>().Value;

        Assert.Equal(65536, options.MaxFrameBytes);
        Assert.Equal(TimeSpan.FromSeconds(5), options.CloseTimeout);
        Assert.Equal(50, options.FramesPerSecond);
        Assert.Equal(100, options.FrameBurst);
        Assert.Equal(32, options.MaxConnectionsPerAddress);
        Assert.Equal(TimeSpan.FromSeconds(10), options.JoinTimeout);
        Assert.Equal(TimeSpan.FromMinutes(10), options.RoomTimeToLive);
        Assert.Equal(10000, options.MaxRooms);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ShutdownGracePeriod);
    }

    [Fact]
    public async Task Build_LongGracePeriod_HostShutdownTimeoutCoversIt()
    {
        await using var app = RelayServer.Build([NoWatchers, "--Relay:ShutdownGracePeriod=00:01:00"]);

        var host = app.Services.GetRequiredService<IOptions<HostOptions>>().Value;

        Assert.True(host.ShutdownTimeout > TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Build_AbuseLimits_BoundFromRelaySection()
    {
        await using var app = RelayServer.Build(
        [
            NoWatchers, "--Relay:FramesPerSecond=5", "--Relay:FrameBurst=7", "--Relay:MaxConnectionsPerAddress=3",
            "--Relay:JoinTimeout=00:00:04", "--Relay:RoomTimeToLive=00:02:00", "--Relay:MaxRooms=11",
            "--Relay:ShutdownGracePeriod=00:00:03",
        ]);

        var options = app.Services.GetRequiredService<IOptions<RelayOptions>>().Value;

        Assert.Equal(
            (5, 7, 3, TimeSpan.FromSeconds(4), TimeSpan.FromMinutes(2), 11, TimeSpan.FromSeconds(3)),
            (options.FramesPerSecond, options.FrameBurst, options.MaxConnectionsPerAddress, options.JoinTimeout,
                options.RoomTimeToLive, options.MaxRooms, options.ShutdownGracePeriod));
    }

    [Fact]
    public async Task Build_KeepAliveSettings_ReachWebSocketOptions()
    {
        await using var app = RelayServer.Build(
            [NoWatchers, "--Relay:KeepAliveInterval=00:00:07", "--Relay:KeepAliveTimeout=00:00:09"]);

        var sockets = app.Services.GetRequiredService<IOptions<WebSocketOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(7), sockets.KeepAliveInterval);
        Assert.Equal(TimeSpan.FromSeconds(9), sockets.KeepAliveTimeout);
    }

    [Fact]
    public async Task Build_RelaySection_BindsOptions()
    {
        await using var app = RelayServer.Build(
            [NoWatchers, "--Relay:MaxFrameBytes=2048", "--Relay:CloseTimeout=00:00:02"]);

        var options = app.Services.GetRequiredService<IOptions<RelayOptions>>().Value;

        Assert.Equal(2048, options.MaxFrameBytes);
        Assert.Equal(TimeSpan.FromSeconds(2), options.CloseTimeout);
    }

    [Theory]
    [InlineData("--Relay:MaxFrameBytes=1")]
    [InlineData("--Relay:MaxFrameBytes=999999999")]
    [InlineData("--Relay:CloseTimeout=00:00:00")]
    [InlineData("--Relay:FramesPerSecond=0")]
    [InlineData("--Relay:FrameBurst=0")]
    [InlineData("--Relay:MaxConnectionsPerAddress=0")]
    [InlineData("--Relay:MaxRooms=0")]
    [InlineData("--Relay:JoinTimeout=00:00:00")]
    [InlineData("--Relay:RoomTimeToLive=-00:00:01")]
    [InlineData("--Relay:ShutdownGracePeriod=00:00:00")]
    public async Task Start_InvalidOptions_FailsWithValidationError(string setting)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningRelay.StartAsync(setting));

        Assert.Contains("Relay:", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Relay:RoomKeySecret=short")]
    [InlineData("--Relay:BackplaneLease=00:00:01")]
    [InlineData("--Relay:BackplaneHeartbeat=00:00:00")]
    public async Task Start_InvalidBackplaneOptions_FailsWithValidationError(string setting)
    {
        string[] args =
        [
            // Validation fails before anything connects: no Redis needs to listen here.
            "--Relay:Redis=127.0.0.1:1",
            "--Relay:RoomKeySecret=test-secret-shared-by-every-instance-0123456789",
            "--Relay:BackplaneHeartbeat=00:00:01",
            setting,
        ];

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningRelay.StartAsync(args));

        Assert.Contains("Relay:", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_NoRedis_NoBackplaneAndRoomsInMemory()
    {
        await using var app = RelayServer.Build([NoWatchers]);

        Assert.Null(app.Services.GetService<SecureChat.Relay.Backplane.RedisBackplane>());
        Assert.DoesNotContain(app.Services.GetServices<IReadinessCheck>(), check => check.Name == "backplane");
    }
}
