using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task Logs_WholeSessionAtTraceLevel_NeverShowRoomCodesOrPayloads()
    {
        const string Secret = "PAYLOADSECRET42";
        var room = Rooms.NewCode();
        var badRoom = Rooms.NewCode().ToLowerInvariant();
        var capture = new CapturingLoggerProvider();
        var relay = await RunningRelay.StartAsync(
            ["--Logging:LogLevel:Default=Trace"],
            builder => builder.Services.AddSingleton<ILoggerProvider>(capture));
        await using (relay)
        {
            await using var a = await RelayClient.ConnectAsync(relay);
            await using var b = await RelayClient.ConnectAsync(relay);
            await using var c = await RelayClient.ConnectAsync(relay);
            await a.JoinAsync(room);
            await b.JoinAsync(room);
            await a.ExpectTypeAsync("PEER_FOUND");
            await b.ExpectTypeAsync("PEER_FOUND");
            await a.SendAsync($$"""{"type":"SIGNAL","payload":"{{Secret}}"}""");
            await b.ReceiveAsync();
            await c.JoinAsync(badRoom);
            await c.ExpectRefusalAsync(ErrorCode.InvalidRoom, WebSocketCloseStatus.PolicyViolation);
            await a.CloseAsync();
            await b.ExpectPeerLeftAsync();
        }

        // The relay has stopped, so every connection's "closed" line has been written.
        var lines = capture.Lines;
        Assert.Contains(lines, line => line.Contains("opened", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("closed", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(nameof(ErrorCode.InvalidRoom), StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(Secret, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, line => line.Contains(room, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, line => line.Contains(badRoom, StringComparison.OrdinalIgnoreCase));
    }
}
