using System.Net.WebSockets;
using System.Text;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class SignalTests : RelayTest
{
    // The test clock never moves, so the frame-rate bucket never refills: make it hold every frame these tests send.
    protected override string[] RelayArgs => ["--Relay:FrameBurst=1000"];

    [Fact]
    public async Task Signal_OddWhitespaceAndUnknownFields_ForwardedByteExactBothWays()
    {
        var (a, b) = await PairAsync();
        var fromA = Encoding.UTF8.GetBytes(
            " {\n\t\"kind\" : \"MSG\",  \"type\":\"\\u0053IGNAL\" ,\"x\":[1, 2.50e3,{\"y\":null}],\"payload\":\"é✓\\u00e9\"}\r\n ");
        var fromB = Encoding.UTF8.GetBytes("""{"type":"SIGNAL","kind":"KEY_EXCHANGE","key":"AAAA","zz":{"deep":[[[]]]}}""");

        await a.SendAsync(fromA);
        await b.SendAsync(fromB);

        Assert.Equal(fromA, (await b.ReceiveAsync()).Bytes);
        Assert.Equal(fromB, (await a.ReceiveAsync()).Bytes);
    }

    [Fact]
    public async Task Signal_ManyFramesBothWays_ArriveInOrder()
    {
        const int Count = 500;
        var (a, b) = await PairAsync();

        await Task.WhenAll(
            SendNumberedAsync(a, "a", Count),
            SendNumberedAsync(b, "b", Count),
            ExpectNumberedAsync(b, "a", Count),
            ExpectNumberedAsync(a, "b", Count));
    }

    [Fact]
    public async Task Signal_FragmentedMessage_ForwardedAsOneMessage()
    {
        var (a, b) = await PairAsync();
        var whole = """{"type":"SIGNAL","payload":"""u8.ToArray()
            .Concat(Encoding.ASCII.GetBytes("\"" + new string('x', 20_000) + "\"}")).ToArray();

        await a.SendAsync(whole[..7], endOfMessage: false);
        await a.SendAsync(whole[7..12_000], endOfMessage: false);
        await a.SendAsync(whole[12_000..], endOfMessage: true);

        Assert.Equal(whole, (await b.ReceiveAsync()).Bytes);
    }

    [Fact]
    public async Task Signal_ExactlyAtDefaultLimit_Forwarded()
    {
        var (a, b) = await PairAsync();
        var frame = SignalOfSize(65536);

        await a.SendAsync(frame);

        Assert.Equal(frame, (await b.ReceiveAsync()).Bytes);
    }

    [Fact]
    public async Task Signal_BeforeJoin_RefusedWithNotJoined()
    {
        var client = await ConnectAsync();

        await client.SendAsync("""{"type":"SIGNAL","kind":"MSG","payload":"AAAA"}""");

        await client.ExpectRefusalAsync(ErrorCode.NotJoined, WebSocketCloseStatus.PolicyViolation);
    }

    [Fact]
    public async Task Signal_WhileAloneInRoom_RefusedWithNoPeer()
    {
        var client = await ConnectAsync();
        await client.JoinAsync(Rooms.NewCode());

        await client.SendAsync("""{"type":"SIGNAL","kind":"MSG","payload":"AAAA"}""");

        await client.ExpectRefusalAsync(ErrorCode.NoPeer, WebSocketCloseStatus.PolicyViolation);
        Assert.Equal(0, Relay.Services.GetRoomRegistry().Count);
    }

    /// <summary>A SIGNAL frame of exactly <paramref name="size"/> bytes.</summary>
    internal static byte[] SignalOfSize(int size)
    {
        var head = "{\"type\":\"SIGNAL\",\"payload\":\""u8.ToArray();
        return [.. head, .. Enumerable.Repeat((byte)'A', size - head.Length - 2), (byte)'"', (byte)'}'];
    }

    private static async Task SendNumberedAsync(RelayClient client, string from, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await client.SendAsync($$"""{"type":"SIGNAL","from":"{{from}}","n":{{i}}}""");
        }
    }

    private static async Task ExpectNumberedAsync(RelayClient client, string from, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.Equal($$"""{"type":"SIGNAL","from":"{{from}}","n":{{i}}}""", (await client.ReceiveAsync()).Text);
        }
    }
}
