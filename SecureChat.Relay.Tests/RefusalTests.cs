using System.Net.WebSockets;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class RefusalTests : RelayTest
{
    [Theory]
    [InlineData("hello")]
    [InlineData("[]")]
    [InlineData("\"SIGNAL\"")]
    [InlineData("{\"type\":\"SIGNAL\"")]
    [InlineData("""{"type":"SIGNAL"}{"type":"SIGNAL"}""")]
    [InlineData("{}")]
    [InlineData("""{"type":7}""")]
    [InlineData("""{"type":"SIGNAL","type":"JOIN"}""")]
    public async Task Frame_NotOneObjectWithStringType_RefusedWithMalformedJson(string frame)
    {
        var client = await ConnectAsync();

        await client.SendAsync(frame);

        await client.ExpectRefusalAsync(ErrorCode.MalformedJson, WebSocketCloseStatus.PolicyViolation);
    }

    [Fact]
    public async Task Frame_UnknownType_RefusedWithUnknownType()
    {
        var client = await ConnectAsync();

        await client.SendAsync("""{"type":"HELLO"}""");

        await client.ExpectRefusalAsync(ErrorCode.UnknownType, WebSocketCloseStatus.PolicyViolation);
    }

    [Theory]
    [InlineData("PEER_FOUND")]
    [InlineData("PEER_LEFT")]
    [InlineData("ERROR")]
    public async Task Frame_RelayOnlyTypeFromPairedClient_RefusedWithForbiddenType(string type)
    {
        var (a, b) = await PairAsync();

        await a.SendAsync($$"""{"type":"{{type}}"}""");

        await a.ExpectRefusalAsync(ErrorCode.ForbiddenType, WebSocketCloseStatus.PolicyViolation);
        await b.ExpectPeerLeftAsync();
    }

    [Fact]
    public async Task Frame_OverDefaultLimit_RefusedWithFrameTooLarge()
    {
        var client = await ConnectAsync();

        await client.SendAsync(SignalTests.SignalOfSize(65537));

        await client.ExpectRefusalAsync(ErrorCode.FrameTooLarge, WebSocketCloseStatus.MessageTooBig);
    }

    [Fact]
    public async Task Frame_HugeFromPairedClient_RefusedAndPartnerToldWithoutForwarding()
    {
        var (a, b) = await PairAsync();

        await a.SendAsync(SignalTests.SignalOfSize(2 * 1024 * 1024));

        await a.ExpectRefusalAsync(ErrorCode.FrameTooLarge, WebSocketCloseStatus.MessageTooBig);
        await b.ExpectPeerLeftAsync();
    }

    [Fact]
    public async Task Frame_Binary_RefusedWithNotText()
    {
        var client = await ConnectAsync();

        await client.SendAsync("""{"type":"JOIN","room":"ABCD1234"}"""u8.ToArray(), WebSocketMessageType.Binary);

        await client.ExpectRefusalAsync(ErrorCode.NotText, WebSocketCloseStatus.InvalidMessageType);
    }
}
