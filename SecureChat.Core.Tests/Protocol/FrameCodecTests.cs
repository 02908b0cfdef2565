using System.Text;
using SecureChat.Protocol;

namespace SecureChat.Core.Tests.Protocol;

public sealed class FrameCodecTests
{
    private static readonly string s_key32 = Base64(32, 0x11);
    private static readonly string s_payload40 = Base64(40, 0x22);

    public static TheoryData<string, string, ErrorCode> MalformedFrames => new()
    {
        // Not a JSON object at all.
        { "not JSON", "hello", ErrorCode.MalformedJson },
        { "empty text", "", ErrorCode.MalformedJson },
        { "truncated object", "{\"type\":\"JOIN\"", ErrorCode.MalformedJson },
        { "trailing garbage", "{\"type\":\"PEER_FOUND\"} x", ErrorCode.MalformedJson },
        { "JSON array", "[{\"type\":\"PEER_FOUND\"}]", ErrorCode.MalformedJson },
        { "JSON null", "null", ErrorCode.MalformedJson },
        { "JSON number", "42", ErrorCode.MalformedJson },
        { "JSON string", "\"JOIN\"", ErrorCode.MalformedJson },
        { "comment", "{\"type\":\"PEER_FOUND\" /* hi */}", ErrorCode.MalformedJson },

        // Field with the wrong JSON type.
        { "type is a number", "{\"type\":1}", ErrorCode.MalformedJson },
        { "room is a number", "{\"type\":\"JOIN\",\"room\":12345678}", ErrorCode.MalformedJson },
        { "code is a string", "{\"type\":\"ERROR\",\"code\":\"2001\",\"message\":\"x\"}", ErrorCode.MalformedJson },
        { "code is a fraction", "{\"type\":\"ERROR\",\"code\":1.5,\"message\":\"x\"}", ErrorCode.MalformedJson },
        { "key is an array", "{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":[1,2]}", ErrorCode.MalformedJson },
        { "payload is an object", "{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":{}}", ErrorCode.MalformedJson },
        { "kind is a boolean", "{\"type\":\"SIGNAL\",\"kind\":true}", ErrorCode.MalformedJson },

        // Duplicate property.
        { "duplicate type", "{\"type\":\"JOIN\",\"type\":\"JOIN\",\"room\":\"ABCDEFGH\"}", ErrorCode.MalformedJson },
        { "duplicate room", "{\"type\":\"JOIN\",\"room\":\"ABCDEFGH\",\"room\":\"ZZZZZZZZ\"}", ErrorCode.MalformedJson },
        { "duplicate key", $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{s_key32}\",\"key\":\"{s_key32}\"}}", ErrorCode.MalformedJson },

        // Unknown type / kind.
        { "unknown type", "{\"type\":\"HELLO\"}", ErrorCode.UnknownType },
        { "lowercase type", "{\"type\":\"join\",\"room\":\"ABCDEFGH\"}", ErrorCode.UnknownType },
        { "unknown kind", $"{{\"type\":\"SIGNAL\",\"kind\":\"PING\",\"key\":\"{s_key32}\"}}", ErrorCode.UnknownKind },
        { "lowercase kind", $"{{\"type\":\"SIGNAL\",\"kind\":\"msg\",\"payload\":\"{s_payload40}\"}}", ErrorCode.UnknownKind },

        // Missing fields.
        { "missing type", "{\"room\":\"ABCDEFGH\"}", ErrorCode.MissingField },
        { "empty object", "{}", ErrorCode.MissingField },
        { "empty type", "{\"type\":\"\"}", ErrorCode.MissingField },
        { "null type", "{\"type\":null}", ErrorCode.MissingField },
        { "missing room", "{\"type\":\"JOIN\"}", ErrorCode.MissingField },
        { "empty room", "{\"type\":\"JOIN\",\"room\":\"\"}", ErrorCode.MissingField },
        { "missing kind", $"{{\"type\":\"SIGNAL\",\"key\":\"{s_key32}\"}}", ErrorCode.MissingField },
        { "missing key", "{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\"}", ErrorCode.MissingField },
        { "empty key", "{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"\"}", ErrorCode.MissingField },
        { "missing payload", "{\"type\":\"SIGNAL\",\"kind\":\"MSG\"}", ErrorCode.MissingField },
        { "missing code", "{\"type\":\"ERROR\",\"message\":\"x\"}", ErrorCode.MissingField },
        { "missing message", "{\"type\":\"ERROR\",\"code\":2001}", ErrorCode.MissingField },

        // Bad base64.
        { "key not base64", "{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"!!!!\"}", ErrorCode.InvalidBase64 },
        { "key base64 unpadded", $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{s_key32.TrimEnd('=')}\"}}", ErrorCode.InvalidBase64 },
        { "payload base64url", "{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"" + new string('-', 56) + "\"}", ErrorCode.InvalidBase64 },
        { "key with space", $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{s_key32[..20]} {s_key32[20..]}\"}}", ErrorCode.InvalidBase64 },
        { "key with newline", $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{s_key32[..20]}\\n{s_key32[20..]}\"}}", ErrorCode.InvalidBase64 },
        { "payload with tab", $"{{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"\\t{s_payload40}\"}}", ErrorCode.InvalidBase64 },
        { "payload with CR", $"{{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"{s_payload40}\\r\"}}", ErrorCode.InvalidBase64 },

        // Wrong lengths.
        { "key of 31 bytes", $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{Base64(31, 1)}\"}}", ErrorCode.InvalidKeyLength },
        { "key of 33 bytes", $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{Base64(33, 1)}\"}}", ErrorCode.InvalidKeyLength },
        { "key of 1 byte", $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{Base64(1, 1)}\"}}", ErrorCode.InvalidKeyLength },
        { "payload of 39 bytes", $"{{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"{Base64(39, 1)}\"}}", ErrorCode.InvalidPayloadLength },
        { "payload of 1 byte", $"{{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"{Base64(1, 1)}\"}}", ErrorCode.InvalidPayloadLength },

        // Room code rules.
        { "room lowercase", "{\"type\":\"JOIN\",\"room\":\"abcdefgh\"}", ErrorCode.InvalidRoom },
        { "room too short", "{\"type\":\"JOIN\",\"room\":\"ABCDEFG\"}", ErrorCode.InvalidRoom },
        { "room with trailing newline", "{\"type\":\"JOIN\",\"room\":\"ABCDEFGH\\n\"}", ErrorCode.InvalidRoom },

        // Unknown field, or a field that belongs to another type.
        { "unknown field", "{\"type\":\"PEER_FOUND\",\"extra\":1}", ErrorCode.UnexpectedField },
        { "unknown null field", "{\"type\":\"PEER_LEFT\",\"extra\":null}", ErrorCode.UnexpectedField },
        { "field name wrong case", "{\"type\":\"JOIN\",\"Room\":\"ABCDEFGH\"}", ErrorCode.UnexpectedField },
        { "JOIN with key", $"{{\"type\":\"JOIN\",\"room\":\"ABCDEFGH\",\"key\":\"{s_key32}\"}}", ErrorCode.UnexpectedField },
        { "JOIN with kind", "{\"type\":\"JOIN\",\"room\":\"ABCDEFGH\",\"kind\":\"MSG\"}", ErrorCode.UnexpectedField },
        { "JOIN with code", "{\"type\":\"JOIN\",\"room\":\"ABCDEFGH\",\"code\":1}", ErrorCode.UnexpectedField },
        { "PEER_FOUND with room", "{\"type\":\"PEER_FOUND\",\"room\":\"ABCDEFGH\"}", ErrorCode.UnexpectedField },
        { "PEER_LEFT with message", "{\"type\":\"PEER_LEFT\",\"message\":\"bye\"}", ErrorCode.UnexpectedField },
        { "ERROR with room", "{\"type\":\"ERROR\",\"code\":1,\"message\":\"x\",\"room\":\"ABCDEFGH\"}", ErrorCode.UnexpectedField },
        { "ERROR with payload", $"{{\"type\":\"ERROR\",\"code\":1,\"message\":\"x\",\"payload\":\"{s_payload40}\"}}", ErrorCode.UnexpectedField },
        { "SIGNAL with room", $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{s_key32}\",\"room\":\"ABCDEFGH\"}}", ErrorCode.UnexpectedField },
        { "SIGNAL with code", $"{{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"{s_payload40}\",\"code\":1}}", ErrorCode.UnexpectedField },
        { "KEY_EXCHANGE with payload", $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{s_key32}\",\"payload\":\"{s_payload40}\"}}", ErrorCode.UnexpectedField },
        { "MSG with key", $"{{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"{s_payload40}\",\"key\":\"{s_key32}\"}}", ErrorCode.UnexpectedField },
    };

    [Theory]
    [MemberData(nameof(MalformedFrames))]
    public void Decode_MalformedFrame_FailsWithItsCode(string scenario, string text, ErrorCode expected)
    {
        var result = FrameCodec.Decode(text);

        Assert.False(result.IsSuccess, scenario);
        Assert.Null(result.Frame);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Decode_OneFrameOfEachMalformedClass_GivesDistinctCodes()
    {
        string[] representatives =
        [
            "[]",
            "{\"type\":\"HELLO\"}",
            $"{{\"type\":\"SIGNAL\",\"kind\":\"PING\",\"key\":\"{s_key32}\"}}",
            "{\"type\":\"JOIN\"}",
            "{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"!!!!\"}",
            $"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{Base64(31, 1)}\"}}",
            $"{{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"{Base64(39, 1)}\"}}",
            OversizedJoin(FrameCodec.MaxFrameBytes + 1),
            "{\"type\":\"PEER_FOUND\",\"extra\":1}",
            "{\"type\":\"JOIN\",\"room\":\"abcdefgh\"}",
        ];

        var codes = representatives.Select(static text => FrameCodec.Decode(text).Error).ToList();

        Assert.DoesNotContain(ErrorCode.None, codes);
        Assert.Equal(representatives.Length, codes.Distinct().Count());
    }

    [Fact]
    public void Decode_FrameOver64KiB_FrameTooLarge()
    {
        var text = OversizedJoin(FrameCodec.MaxFrameBytes + 1);

        Assert.Equal(FrameCodec.MaxFrameBytes + 1, Encoding.UTF8.GetByteCount(text));
        Assert.Equal(ErrorCode.FrameTooLarge, FrameCodec.Decode(text).Error);
    }

    [Fact]
    public void Decode_FrameOf64KiBExactly_PassesSizeCheck()
    {
        var text = OversizedJoin(FrameCodec.MaxFrameBytes);

        // Past the size check, the padded room is what is refused.
        Assert.Equal(ErrorCode.InvalidRoom, FrameCodec.Decode(text).Error);
    }

    [Fact]
    public void Decode_FrameUnder64KiBCharsButOverInUtf8_FrameTooLarge()
    {
        // 30 000 three-byte characters: 90 000 UTF-8 bytes in 30 000 UTF-16 chars.
        var text = "{\"type\":\"ERROR\",\"code\":1,\"message\":\"" + new string('\u20AC', 30_000) + "\"}";

        Assert.True(text.Length < FrameCodec.MaxFrameBytes);
        Assert.Equal(ErrorCode.FrameTooLarge, FrameCodec.Decode(text).Error);
    }

    [Fact]
    public void Decode_KeyOf32Bytes_Succeeds()
    {
        var key = Bytes(32, 0x40);

        var result = FrameCodec.Decode($"{{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"{Convert.ToBase64String(key)}\"}}");

        var frame = Assert.IsType<KeyExchangeFrame>(result.Frame);
        Assert.Equal(key, frame.PublicKey);
        Assert.Equal(ErrorCode.None, result.Error);
    }

    [Fact]
    public void Decode_PayloadOf40Bytes_Succeeds()
    {
        var payload = Bytes(40, 0x50);

        var result = FrameCodec.Decode($"{{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"{Convert.ToBase64String(payload)}\"}}");

        var frame = Assert.IsType<MessageFrame>(result.Frame);
        Assert.Equal(payload, frame.Payload);
    }

    [Fact]
    public void Decode_FieldsInAnyOrderWithWhitespace_Succeeds()
    {
        var result = FrameCodec.Decode("{ \"room\" : \"ABCDEFGH\" ,\n \"type\" : \"JOIN\" }");

        Assert.Equal(new JoinFrame("ABCDEFGH"), result.Frame);
    }

    [Fact]
    public void Decode_LoneSurrogateInText_FailsWithoutThrowing()
    {
        // Built at run time: attribute arguments are stored as UTF-8 and would lose the lone surrogates.
        var high = ((char)0xD800).ToString();
        var low = ((char)0xDC00).ToString();
        string[] texts =
        [
            "{\"type\":\"JOIN\",\"room\":\"" + high + "BCDEFGH\"}",
            "{\"type\":\"ERROR\",\"code\":1,\"message\":\"" + low + "\"}",
            "{\"type\":\"PEER_FOUND\"}" + high,
            high,
        ];

        foreach (var text in texts)
        {
            var result = FrameCodec.Decode(text);
            Assert.False(result.IsSuccess);
            Assert.Equal(ErrorCode.MalformedJson, result.Error);
        }
    }

    [Theory]
    [InlineData("{\"type\":\"ERROR\",\"code\":1,\"message\":\"\\uD800\"}")]
    [InlineData("{\"type\":\"JOIN\",\"room\":\"\\uDC00BCDEFGH\"}")]
    public void Decode_EscapedLoneSurrogate_MalformedJson(string text)
    {
        // System.Text.Json refuses to unescape half a pair, so no frame field can carry a lone surrogate.
        Assert.Equal(ErrorCode.MalformedJson, FrameCodec.Decode(text).Error);
    }

    public static TheoryData<string> EveryFrameType => new()
    {
        "JOIN", "PEER_FOUND", "PEER_LEFT", "ERROR", "KEY_EXCHANGE", "MSG",
    };

    [Theory]
    [MemberData(nameof(EveryFrameType))]
    public void EncodeDecode_EveryFrameType_RoundTrips(string name)
    {
        var frame = Sample(name);

        var result = FrameCodec.Decode(FrameCodec.Encode(frame));

        Assert.True(result.IsSuccess);
        Assert.Equal(ErrorCode.None, result.Error);
        AssertSameFrame(frame, result.Frame!);
    }

    [Fact]
    public void Encode_Join_MatchesSpecShape()
    {
        Assert.Equal("{\"type\":\"JOIN\",\"room\":\"ALPHA123\"}", FrameCodec.Encode(new JoinFrame("ALPHA123")));
    }

    [Fact]
    public void Encode_PeerFound_MatchesSpecShape()
    {
        Assert.Equal("{\"type\":\"PEER_FOUND\"}", FrameCodec.Encode(PeerFoundFrame.Instance));
    }

    [Fact]
    public void Encode_PeerLeft_IsTypeOnly()
    {
        Assert.Equal("{\"type\":\"PEER_LEFT\"}", FrameCodec.Encode(PeerLeftFrame.Instance));
    }

    [Fact]
    public void Encode_Error_HasCodeAsNumberAndMessage()
    {
        Assert.Equal(
            "{\"type\":\"ERROR\",\"code\":2001,\"message\":\"Room full\"}",
            FrameCodec.Encode(new ErrorFrame((int)ErrorCode.RoomFull, "Room full")));
    }

    [Fact]
    public void Encode_KeyExchange_MatchesSpecShape()
    {
        var key = Bytes(32, 0x01);

        Assert.Equal(
            "{\"type\":\"SIGNAL\",\"kind\":\"KEY_EXCHANGE\",\"key\":\"" + Convert.ToBase64String(key) + "\"}",
            FrameCodec.Encode(new KeyExchangeFrame(key)));
    }

    [Fact]
    public void Encode_Message_MatchesSpecShape()
    {
        var payload = Bytes(57, 0xF0);

        var text = FrameCodec.Encode(new MessageFrame(payload));

        Assert.Equal("{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"payload\":\"" + Convert.ToBase64String(payload) + "\"}", text);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal); // '+' and '/' are written as themselves
    }

    [Fact]
    public void Encode_FrameWithNoWireForm_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => FrameCodec.Encode(new StrayFrame()));
    }

    [Fact]
    public void Decode_RandomUtf8Garbage_NeverThrows()
    {
        var random = new Random(20_240_517);
        for (var i = 0; i < 4000; i++)
        {
            var bytes = new byte[random.Next(0, 160)];
            random.NextBytes(bytes);
            AssertDecodesWithoutThrowing(Encoding.UTF8.GetString(bytes));
        }
    }

    [Fact]
    public void Decode_RandomJsonLikeTokens_NeverThrows()
    {
        // Garbage built from JSON punctuation and the protocol's own words reaches deeper than random bytes.
        string[] tokens =
        [
            "{", "}", "[", "]", ":", ",", "\"", "\\", "\\u", "null", "true", "1", "-0", "1e999", " ",
            "\"type\"", "\"room\"", "\"kind\"", "\"key\"", "\"payload\"", "\"code\"", "\"message\"",
            "\"JOIN\"", "\"SIGNAL\"", "\"MSG\"", "\"KEY_EXCHANGE\"", "\"ERROR\"", "\"PEER_FOUND\"",
            "\"ABCDEFGH\"", "\"" + s_key32 + "\"", "\"" + s_payload40 + "\"", "\uD800", "\u0000",
        ];
        var random = new Random(7_919);
        var successes = 0;
        for (var i = 0; i < 4000; i++)
        {
            var text = new StringBuilder("{");
            var count = random.Next(0, 16);
            for (var t = 0; t < count; t++)
            {
                text.Append(tokens[random.Next(tokens.Length)]);
            }

            successes += AssertDecodesWithoutThrowing(text.ToString()) ? 1 : 0;
        }

        Assert.True(successes < 4000);
    }

    [Theory]
    [MemberData(nameof(EveryFrameType))]
    public void Decode_EveryTruncationOfValidFrame_FailsWithoutThrowing(string name)
    {
        var text = FrameCodec.Encode(Sample(name));

        for (var length = 0; length < text.Length; length++)
        {
            var result = FrameCodec.Decode(text[..length]);
            Assert.False(result.IsSuccess, $"prefix of length {length} decoded");
            Assert.NotEqual(ErrorCode.None, result.Error);
        }
    }

    [Theory]
    [MemberData(nameof(EveryFrameType))]
    public void Decode_EverySingleByteMutationOfValidFrame_NeverThrows(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(FrameCodec.Encode(Sample(name)));
        var random = new Random(name.Length);

        for (var i = 0; i < bytes.Length; i++)
        {
            var mutated = (byte[])bytes.Clone();
            mutated[i] = (byte)random.Next(256);
            AssertDecodesWithoutThrowing(Encoding.UTF8.GetString(mutated));
        }
    }

    [Fact]
    public void Decode_DeeplyNestedUnknownField_FailsWithoutThrowing()
    {
        var text = "{\"type\":\"PEER_FOUND\",\"x\":" + new string('[', 5000) + new string(']', 5000) + "}";

        Assert.Equal(ErrorCode.MalformedJson, FrameCodec.Decode(text).Error);
    }

    private static bool AssertDecodesWithoutThrowing(string text)
    {
        var result = FrameCodec.Decode(text); // an exception here fails the test
        Assert.Equal(result.IsSuccess, result.Error == ErrorCode.None);
        return result.IsSuccess;
    }

    private static Frame Sample(string name) => name switch
    {
        "JOIN" => new JoinFrame("ROOM1234ABCD"),
        "PEER_FOUND" => PeerFoundFrame.Instance,
        "PEER_LEFT" => PeerLeftFrame.Instance,
        "ERROR" => new ErrorFrame((int)ErrorCode.RoomFull, "Room \"full\" <é> \u2603 \U0001F600"),
        "KEY_EXCHANGE" => new KeyExchangeFrame(Bytes(32, 0xFB)),
        "MSG" => new MessageFrame(Bytes(100, 0xFE)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static void AssertSameFrame(Frame expected, Frame actual)
    {
        switch (expected)
        {
            case KeyExchangeFrame key:
                Assert.Equal(key.PublicKey, Assert.IsType<KeyExchangeFrame>(actual).PublicKey);
                break;
            case MessageFrame msg:
                Assert.Equal(msg.Payload, Assert.IsType<MessageFrame>(actual).Payload);
                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }

    private static string OversizedJoin(int totalBytes)
    {
        const string Prefix = "{\"type\":\"JOIN\",\"room\":\"";
        const string Suffix = "\"}";
        return Prefix + new string('A', totalBytes - Prefix.Length - Suffix.Length) + Suffix;
    }

    private static byte[] Bytes(int length, byte seed) =>
        Enumerable.Range(0, length).Select(i => (byte)(seed + (i * 37))).ToArray();

    private static string Base64(int length, byte seed) => Convert.ToBase64String(Bytes(length, seed));

    private sealed record StrayFrame : Frame;
}
