using System.Net.WebSockets;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class SmallFrameLimitTests : RelayTest
{
    private const int Limit = 1024;

    protected override string[] RelayArgs => [$"--Relay:MaxFrameBytes={Limit}"];

    [Fact]
    public async Task Limit_FrameAtConfiguredLimit_Forwarded()
    {
        var (a, b) = await PairAsync();
        var frame = SignalTests.SignalOfSize(Limit);

        await a.SendAsync(frame);

        Assert.Equal(frame, (await b.ReceiveAsync()).Bytes);
    }

    [Fact]
    public async Task Limit_FrameOneByteOverConfiguredLimit_RefusedWithFrameTooLarge()
    {
        var (a, b) = await PairAsync();

        await a.SendAsync(SignalTests.SignalOfSize(Limit + 1));

        await a.ExpectRefusalAsync(ErrorCode.FrameTooLarge, WebSocketCloseStatus.MessageTooBig);
        await b.ExpectPeerLeftAsync();
    }
}
