using System.Text.Json.Nodes;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

public sealed class HandshakeMessageCodecTests
{
    private static Hs1 SampleHs1() => new(HandshakeLabels.DefaultSuite, Fill(32, 1), Fill(1216, 2), Fill(32, 3));

    [Fact]
    public void Codec_AllKinds_RoundTrip()
    {
        HandshakeMessage[] messages =
        [
            SampleHs1(),
            new Hs2(HandshakeLabels.DefaultSuite, Fill(32, 4), Fill(32, 5), Fill(1120, 6)),
            new Hs3(Fill(32, 7), Fill(32, 8), Fill(24, 9)),
            new Hs4(Fill(32, 10), Fill(24, 11)),
        ];
        foreach (var message in messages)
        {
            var json = message.Encode();
            Assert.StartsWith($$"""{"type":"SIGNAL","kind":"{{message.Kind}}",""", json, StringComparison.Ordinal);
            Assert.EndsWith("""
                ,"p":"tchat/2"}
                """, json, StringComparison.Ordinal);
            Assert.True(HandshakeMessage.TryParse(json, out var parsed));
            Assert.Equal(json, parsed.Encode());
        }
    }

    [Fact]
    public void Codec_KindSpecificParse_RejectsOtherKinds()
    {
        var json = SampleHs1().Encode();
        Assert.True(Hs1.TryParse(json, out _));
        Assert.False(Hs2.TryParse(json, out _));
        Assert.False(Hs3.TryParse(json, out _));
        Assert.False(Hs4.TryParse(json, out _));
    }

    public static TheoryData<string> BadFrames()
    {
        var good = JsonNode.Parse(SampleHs1().Encode())!.AsObject();
        string With(Action<JsonObject> change)
        {
            var copy = good.DeepClone().AsObject();
            change(copy);
            return copy.ToJsonString();
        }

        var nA = good["nA"]!.GetValue<string>();
        return
        [
            "", "not json", "[]", "null", "{}", "\"hs1\"",
            "\"\ud800\"", "{\"type\"\udc00:\"SIGNAL\"}",
            With(o => o.Remove("cm")),
            With(o => o["extra"] = "x"),
            With(o => o["tagA"] = Convert.ToBase64String(new byte[32])),
            With(o => o["p"] = "tchat/1"),
            With(o => o["type"] = "ERROR"),
            With(o => o["kind"] = "hs9"),
            With(o => o["nA"] = null),
            With(o => o["nA"] = 42),
            With(o => o["nA"] = Convert.ToBase64String(new byte[31])),
            With(o => o["nA"] = Convert.ToBase64String(new byte[33])),
            With(o => o["nA"] = " " + nA[1..]),
            With(o => o["nA"] = nA[..^2] + "B="),
            With(o => o["nA"] = nA.Replace('A', '-')),
            With(o => o["suites"] = "A,,B"),
            With(o => o["suites"] = "has space"),
            With(o => { o.Remove("nA"); o["NA"] = nA; }),
            SampleHs1().Encode().Replace("\"p\":", "\"nA\":\"" + nA + "\",\"p\":", StringComparison.Ordinal),
            With(o => o["pad"] = new string('x', HandshakeMessage.MaxFrameSize)),
        ];
    }

    [Theory]
    [MemberData(nameof(BadFrames))]
    public void Codec_BadFrame_RejectedWithoutThrowing(string json)
    {
        Assert.False(HandshakeMessage.TryParse(json, out var message));
        Assert.Null(message);
    }

    [Fact]
    public void Codec_Null_Rejected() => Assert.False(HandshakeMessage.TryParse(null, out _));

    [Fact]
    public void Codec_SingleCharacterCorruption_NeverThrows()
    {
        var json = SampleHs1().Encode();
        for (var i = 0; i < json.Length; i += 7)
        {
            var corrupted = json[..i] + (char)(json[i] ^ 0x21) + json[(i + 1)..];
            _ = HandshakeMessage.TryParse(corrupted, out _);
        }
    }

    private static byte[] Fill(int size, byte value) => Enumerable.Repeat(value, size).ToArray();
}
