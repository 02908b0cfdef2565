using System.Net.WebSockets;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class FrameRateLimitTests : RelayTest
{
    private const int Burst = 4;

    // The clock never moves in these tests, so no token ever comes back: the bucket holds exactly the burst.
    protected override string[] RelayArgs => [$"--Relay:FrameBurst={Burst}"];

    [Fact]
    public async Task RateLimit_BurstExceeded_RefusedWithFrameRateExceededAndCounted()
    {
        var (other1, other2) = await PairAsync();
        var (a, b) = await PairAsync();

        // The JOIN took one token; three SIGNALs take the rest, the fourth finds the bucket empty.
        for (var i = 0; i < Burst - 1; i++)
        {
            await a.SendAsync($$"""{"type":"SIGNAL","n":{{i}}}""");
            await b.ExpectTypeAsync("SIGNAL");
        }

        await a.SendAsync("""{"type":"SIGNAL","n":"one too many"}""");

        await a.ExpectRefusalAsync(ErrorCode.FrameRateExceeded, WebSocketCloseStatus.PolicyViolation);
        await b.ExpectPeerLeftAsync();
        Assert.Equal(1, (await Relay.ScrapeAsync()).Rejections(ErrorCode.FrameRateExceeded));
        await other1.SendAsync("""{"type":"SIGNAL","still":"here"}""");
        Assert.Equal("""{"type":"SIGNAL","still":"here"}""", (await other2.ReceiveAsync()).Text);
    }
}
