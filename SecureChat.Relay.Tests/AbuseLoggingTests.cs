using System.Net.WebSockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed partial class AbuseLoggingTests
{
    [Fact]
    public async Task Logs_LimitsTrippedAndShutdownAtTraceLevel_NeverShowRoomCodesPayloadsOrAddresses()
    {
        const string Secret = "PAYLOADSECRET42";
        var expiring = Rooms.NewCode();
        var capture = new CapturingLoggerProvider();
        var clock = new TestClock();
        var relay = await RunningRelay.StartAsync(
            ["--Logging:LogLevel:Default=Trace", "--Relay:FrameBurst=2", "--Relay:MaxConnectionsPerAddress=4"],
            builder =>
            {
                builder.Services.AddSingleton<ILoggerProvider>(capture);
                builder.Services.AddSingleton<TimeProvider>(clock);
            });
        await using (relay)
        {
            var options = relay.Services.GetRequiredService<IOptions<RelayOptions>>().Value;
            await using var lonely = await RelayClient.ConnectAsync(relay);
            await using var idle = await RelayClient.ConnectAsync(relay);
            await using var chatty = await RelayClient.ConnectAsync(relay);
            await using var partner = await RelayClient.ConnectAsync(relay);
            await using var extra = await RelayClient.ConnectAsync(relay);
            await extra.ExpectRefusalAsync(ErrorCode.TooManyConnections, WebSocketCloseStatus.PolicyViolation);

            var room = Rooms.NewCode();
            await chatty.JoinAsync(room);
            await partner.JoinAsync(room);
            await chatty.ExpectTypeAsync("PEER_FOUND");
            await partner.ExpectTypeAsync("PEER_FOUND");
            await chatty.SendAsync($$"""{"type":"SIGNAL","payload":"{{Secret}}"}""");
            await partner.ReceiveAsync();
            await chatty.SendAsync($$"""{"type":"SIGNAL","payload":"{{Secret}}"}""");
            await chatty.ExpectRefusalAsync(ErrorCode.FrameRateExceeded, WebSocketCloseStatus.PolicyViolation);
            await partner.ExpectPeerLeftAsync();

            await lonely.JoinAsync(expiring);
            await clock.TimersStartedAsync(options.RoomTimeToLive, count: 2);
            clock.Advance(options.RoomTimeToLive);
            await lonely.ExpectRefusalAsync(ErrorCode.RoomExpired, WebSocketCloseStatus.PolicyViolation);
            await idle.ExpectRefusalAsync(ErrorCode.JoinTimeout, WebSocketCloseStatus.PolicyViolation);
        }

        var relayLines = capture.Lines.Where(line => line.StartsWith("SecureChat.Relay", StringComparison.Ordinal))
            .ToList();
        foreach (var code in new[] { ErrorCode.TooManyConnections, ErrorCode.FrameRateExceeded, ErrorCode.RoomExpired,
                     ErrorCode.JoinTimeout })
        {
            Assert.Contains(relayLines, line => line.Contains(code.ToString(), StringComparison.Ordinal));
        }

        var expiry = Assert.Single(relayLines, line => line.Contains("expired", StringComparison.Ordinal));
        Assert.Matches(RoomTagPattern(), expiry);
        Assert.DoesNotContain(capture.Lines, line => line.Contains(Secret, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(capture.Lines, line => line.Contains(expiring, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(relayLines, line => line.Contains("127.0.0.1", StringComparison.Ordinal));
    }

    [GeneratedRegex("Room [0-9a-f]{8} expired")]
    private static partial Regex RoomTagPattern();
}
