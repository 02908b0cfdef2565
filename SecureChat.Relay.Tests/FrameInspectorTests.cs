using System.Text;

namespace SecureChat.Relay.Tests;

public sealed class FrameInspectorTests
{
    [Theory]
    [InlineData("""{"type":"JOIN","room":"ABCD1234"}""", "ABCD1234")]
    [InlineData(""" { "room" : "ZZZZ9999ZZZZ9999" ,"type":"JOIN", "extra":[1,{"a":null}] } """, "ZZZZ9999ZZZZ9999")]
    [InlineData("""{"type":"J\u004fIN","room":"\u0041BCD1234"}""", "ABCD1234")]
    public void Inspect_ValidJoin_ReturnsUnescapedRoom(string frame, string room) =>
        Assert.Equal(FrameVerdict.Join(room), Inspect(frame));

    [Theory]
    [InlineData("""{"type":"SIGNAL"}""")]
    [InlineData("""{"type":"SIGNAL","kind":"MSG","payload":"AAAA","room":5,"nested":{"type":"JOIN"}}""")]
    [InlineData("""{"kind":"KEY_EXCHANGE","type":"\u0053IGNAL","key":"é\n"}""")]
    [InlineData("\t{\"type\"\r\n:\"SIGNAL\"}  \n")]
    public void Inspect_Signal_ReturnsSignal(string frame) => Assert.Equal(FrameVerdict.Signal, Inspect(frame));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("[]")]
    [InlineData("""["type","SIGNAL"]""")]
    [InlineData("\"SIGNAL\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("""{"type":"SIGNAL",}""")]
    [InlineData("""{"type":"SIGNAL"}{}""")]
    [InlineData("""{"type":"SIGNAL"} x""")]
    [InlineData("""{"type":"SIGNAL"/*c*/}""")]
    [InlineData("""{'type':'SIGNAL'}""")]
    [InlineData("{}")]
    [InlineData("""{"kind":"MSG"}""")]
    [InlineData("""{"type":null}""")]
    [InlineData("""{"type":1002}""")]
    [InlineData("""{"type":["SIGNAL"]}""")]
    [InlineData("""{"type":{"x":1},"room":"ABCD1234"}""")]
    [InlineData("""{"type":"SIGNAL","type":"SIGNAL"}""")]
    [InlineData("""{"type":"JOIN","room":"ABCD1234","room":"ABCD1234"}""")]
    [InlineData("""{"Type":"SIGNAL"}""")]
    [InlineData("""{"t\uDC00ype":"SIGNAL"}""")]
    [InlineData("""{"type":"SIGNAL","ro\uD800om":"ABCD1234"}""")]
    [InlineData("""{"type":"JOI\uDC00N","room":"ABCD1234"}""")]
    [InlineData("""{"type":"JOIN\uD800","room":"ABCD1234"}""")]
    public void Inspect_NotOneObjectWithStringType_RefusedMalformed(string frame) =>
        Assert.Equal(FrameVerdict.Refuse(ErrorCode.MalformedJson), Inspect(frame));

    [Fact]
    public void Inspect_InvalidUtf8_RefusedMalformed()
    {
        byte[] frame = [.. """{"type":"SIGNAL","p":" """u8, 0xC3, 0x28, .. "\"}"u8];
        Assert.Equal(FrameVerdict.Refuse(ErrorCode.MalformedJson), FrameInspector.Inspect(frame));
    }

    [Fact]
    public void Inspect_NestingBeyondReaderDepth_RefusedMalformed()
    {
        var frame = """{"type":"SIGNAL","deep":""" + new string('[', 100) + new string(']', 100) + "}";
        Assert.Equal(FrameVerdict.Refuse(ErrorCode.MalformedJson), Inspect(frame));
    }

    [Theory]
    [InlineData("""{"type":"HELLO"}""")]
    [InlineData("""{"type":"join","room":"ABCD1234"}""")]
    [InlineData("""{"type":"signal"}""")]
    [InlineData("""{"type":""}""")]
    public void Inspect_UnknownType_RefusedUnknownType(string frame) =>
        Assert.Equal(FrameVerdict.Refuse(ErrorCode.UnknownType), Inspect(frame));

    [Theory]
    [InlineData("""{"type":"PEER_FOUND"}""")]
    [InlineData("""{"type":"PEER_LEFT"}""")]
    [InlineData("""{"type":"ERROR","code":1,"message":"x"}""")]
    [InlineData("""{"type":"\u0045RROR"}""")]
    public void Inspect_RelayOnlyType_RefusedForbiddenType(string frame) =>
        Assert.Equal(FrameVerdict.Refuse(ErrorCode.ForbiddenType), Inspect(frame));

    [Theory]
    [InlineData("""{"type":"JOIN"}""")]
    [InlineData("""{"type":"JOIN","room":null}""")]
    [InlineData("""{"type":"JOIN","room":12345678}""")]
    [InlineData("""{"type":"JOIN","room":["ABCD1234"]}""")]
    [InlineData("""{"type":"JOIN","room":""}""")]
    public void Inspect_JoinWithoutStringRoom_RefusedMissingField(string frame) =>
        Assert.Equal(FrameVerdict.Refuse(ErrorCode.MissingField), Inspect(frame));

    [Theory]
    [InlineData("abcd1234")]
    [InlineData("ABC1234")]
    [InlineData("ABCDEFGH123456789")]
    [InlineData("ABCD 1234")]
    [InlineData("ABCD-1234")]
    [InlineData("ÄBCD1234")]
    [InlineData("ABCD1234\\n")]
    [InlineData("ABCD\\u00001234")]
    [InlineData("\\uFF21BCD1234")]
    [InlineData("\\uD800BCD1234")]
    [InlineData("\\uDC00\\u0041BCDEFGH")]
    public void Inspect_JoinWithInvalidRoom_RefusedInvalidRoom(string roomLiteral) =>
        Assert.Equal(FrameVerdict.Refuse(ErrorCode.InvalidRoom), Inspect($$"""{"type":"JOIN","room":"{{roomLiteral}}"}"""));

    [Fact]
    public void Inspect_JoinWithHugeEscapedRoom_RefusedInvalidRoom()
    {
        var room = string.Concat(Enumerable.Repeat("\\u0041", 40));
        Assert.Equal(FrameVerdict.Refuse(ErrorCode.InvalidRoom), Inspect($$"""{"type":"JOIN","room":"{{room}}"}"""));
    }

    [Fact]
    public void Inspect_RoomOnlyMattersForJoin_SignalWithBadRoomIsSignal() =>
        Assert.Equal(FrameVerdict.Signal, Inspect("""{"type":"SIGNAL","room":"bad room"}"""));

    [Fact]
    public void Inspect_SignalWithLoneSurrogateRoom_IsSignal() =>
        Assert.Equal(FrameVerdict.Signal, Inspect("""{"type":"SIGNAL","room":"\uD800ABCDEFG"}"""));

    private static FrameVerdict Inspect(string frame) => FrameInspector.Inspect(Encoding.UTF8.GetBytes(frame));
}
