using System.Text;
using SecureChat.Relay.Backplane;

namespace SecureChat.Relay.Tests;

public sealed class BackplaneWireTests
{
    private static readonly MemberAddress Source = new(MemberAddress.NewInstanceId(), 42);

    [Fact]
    public void Message_EncodeDecode_RoundTrips()
    {
        var payload = Encoding.UTF8.GetBytes("""{"type":"SIGNAL","n":1}""");
        var message = new BackplaneMessage(BackplaneMessageKind.Signal, 7, Source, payload);

        Assert.True(BackplaneMessage.TryDecode(message.Encode(), out var decoded));

        Assert.Equal(BackplaneMessageKind.Signal, decoded.Kind);
        Assert.Equal(7, decoded.Target);
        Assert.Equal(Source, decoded.Source);
        Assert.Equal(payload, decoded.Payload.ToArray());
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 2, 0, 0 })]
    public void Message_Truncated_NotDecoded(byte[] bytes) => Assert.False(BackplaneMessage.TryDecode(bytes, out _));

    [Fact]
    public void Message_UnknownOrLocalOnlyKind_NotDecoded()
    {
        var bytes = new BackplaneMessage(BackplaneMessageKind.Lost, 1, Source, default).Encode();

        Assert.False(BackplaneMessage.TryDecode(bytes, out _));
    }

    [Fact]
    public void Address_ParseOfToString_RoundTrips() =>
        Assert.Equal(Source, MemberAddress.Parse(Source.ToString()));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc:1")]
    [InlineData("0123456789abcdef0123456789abcdef:")]
    [InlineData("0123456789abcdef0123456789abcdef:-1")]
    public void Address_Malformed_Null(string? text) => Assert.Null(MemberAddress.Parse(text));

    [Fact]
    public void RoomKey_SameSecret_SameKeyWithoutTheCode()
    {
        const string Secret = "a-secret-of-at-least-thirty-two-characters";

        var key = new RoomKeys(Secret).Room("ROOM12345678");

        Assert.Equal(key, new RoomKeys(Secret).Room("ROOM12345678"));
        Assert.DoesNotContain("ROOM12345678", key.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(key, new RoomKeys(Secret + "!").Room("ROOM12345678"));
        Assert.NotEqual(key, new RoomKeys(Secret).Room("ROOM12345679"));
    }
}
