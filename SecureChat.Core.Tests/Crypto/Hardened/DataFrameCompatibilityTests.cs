using Geralt;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>
/// The span-based <see cref="DataFrame"/> codec against the first one (<see cref="DataFrameReference"/>): the same
/// frame text for the same chunk, and the same verdict and chunk for every valid and mangled frame.
/// </summary>
public sealed class DataFrameCompatibilityTests
{
    public static TheoryData<int> ChunkSizes()
    {
        var data = new TheoryData<int> { 0, 1, 2, 3, DataFrame.MinChunkSize - 1, DataFrame.MaxChunkSize + 1 };
        foreach (var bucket in ChannelPadding.Buckets)
        {
            data.Add(bucket + IncrementalXChaCha20Poly1305.TagSize); // every real chunk size
            data.Add(bucket + IncrementalXChaCha20Poly1305.TagSize + 1);
            data.Add(bucket + IncrementalXChaCha20Poly1305.TagSize + 2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Encode_SameChunk_ByteIdenticalToTheFirstEncoder(int size)
    {
        var chunk = new byte[size];
        FillRandom(chunk);

        Assert.Equal(DataFrameReference.Encode(chunk), DataFrame.Encode(chunk));
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void TryParse_EncodedChunk_SameVerdictAndChunkAsTheFirstParser(int size)
    {
        var chunk = new byte[size];
        FillRandom(chunk);
        var frame = DataFrame.Encode(chunk);

        AssertSameAsReference(frame);
    }

    public static TheoryData<string> MangledFrames()
    {
        var chunk = Enumerable.Range(0, DataFrame.MinChunkSize + 1).Select(i => (byte)(i * 13)).ToArray();
        var frame = DataFrame.Encode(chunk); // ends in "==": padding to mangle
        var base64 = Convert.ToBase64String(chunk);
        var body = $"\"c\":\"{base64}\"";
        string[] frames =
        [
            frame,
            " \n" + frame + " \t\r\n",
            frame + "x",
            frame + "{}",
            frame + ",",
            "[" + frame + "]",
            frame.Replace("{\"type\"", "{ \"type\" ", StringComparison.Ordinal),
            frame.Replace(",\"c\"", ",\n  \"c\"", StringComparison.Ordinal),
            $"{{{body},\"p\":\"tchat/2\",\"kind\":\"msg\",\"type\":\"SIGNAL\"}}",
            frame.Replace("\"type\"", "\"\\u0074ype\"", StringComparison.Ordinal),
            frame.Replace("\"SIGNAL\"", "\"\\u0053IGNAL\"", StringComparison.Ordinal),
            frame.Replace("\"c\":\"A", "\"c\":\"\\u0041", StringComparison.Ordinal),
            frame.Replace("\"c\":\"", "\"c\":\"\\/", StringComparison.Ordinal),
            frame.Replace("/", "\\/", StringComparison.Ordinal),
            frame.Replace("\"type\"", "\"Type\"", StringComparison.Ordinal),
            frame.Replace("\"SIGNAL\"", "\"signal\"", StringComparison.Ordinal),
            frame.Replace("\"SIGNAL\"", "null", StringComparison.Ordinal),
            frame.Replace("\"SIGNAL\"", "1", StringComparison.Ordinal),
            frame.Replace("\"SIGNAL\"", "{}", StringComparison.Ordinal),
            frame.Replace("\"SIGNAL\"", "[\"SIGNAL\"]", StringComparison.Ordinal),
            frame.Replace($"\"{base64}\"", "null", StringComparison.Ordinal),
            frame.Replace($"\"{base64}\"", "{\"a\":{\"b\":1}}", StringComparison.Ordinal),
            frame.Replace("\"tchat/2\"", "\"tchat/1\"", StringComparison.Ordinal),
            frame.Replace("\"msg\"", "\"hs1\"", StringComparison.Ordinal),
            frame.Replace("\"kind\":\"msg\",", string.Empty, StringComparison.Ordinal),
            frame.Replace("}", ",\"kind\":\"msg\"}", StringComparison.Ordinal),
            frame.Replace("}", ",\"c\":\"AAAA\"}", StringComparison.Ordinal),
            frame.Replace("}", ",}", StringComparison.Ordinal),
            frame.Replace("}", ",\"x\":null}", StringComparison.Ordinal),
            frame.Replace("\"c\"", "/*c*/\"c\"", StringComparison.Ordinal),
            frame.Replace("==\"", "\"", StringComparison.Ordinal),
            frame.Replace("==\"", "=\"", StringComparison.Ordinal),
            frame.Replace("==\"", "A=\"", StringComparison.Ordinal),
            frame.Replace("==\"", "==\\u0020\"", StringComparison.Ordinal),
            frame.Replace("==\"", "\\n==\"", StringComparison.Ordinal),
            frame.Replace("\"c\":\"", "\"c\":\" ", StringComparison.Ordinal),
            frame.Replace("\"c\":\"", "\"c\":\"\\r\\n", StringComparison.Ordinal),
            frame.Replace("\"c\":\"", "\"c\":\"AAAA", StringComparison.Ordinal),
            frame.Replace("\"c\":\"", "\"c\":\"-_", StringComparison.Ordinal),
            frame.Replace("\"c\":\"", "\"c\":\"é", StringComparison.Ordinal),
            frame.Replace("\"SIGNAL\"", "\"SIGNAL\ud800\"", StringComparison.Ordinal),
            frame.Replace("\"SIGNAL\"", "\"SIGNAL\\ud800\"", StringComparison.Ordinal),
            frame.Replace("\"SIGNAL\"", "\"SIGN\u0000AL\"", StringComparison.Ordinal),
            frame[..^1],
            frame[..^2] + "}",
            frame.Replace("\"", "'", StringComparison.Ordinal),
            "{}",
            "null",
            "\"" + base64 + "\"",
            string.Empty,
        ];
        var data = new TheoryData<string>();
        foreach (var text in frames)
        {
            data.Add(text);
        }

        // Every single-character change of the frame's constant part and of the base64's last group (pad bits).
        var constantEnd = frame.IndexOf(base64, StringComparison.Ordinal);
        foreach (var at in Enumerable.Range(0, constantEnd).Concat(Enumerable.Range(frame.Length - 6, 6)))
        {
            foreach (var c in "AQRgh=+/ \"{}:,\\x\u00e9")
            {
                data.Add(frame[..at] + c + frame[(at + 1)..]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MangledFrames))]
    public void TryParse_MangledFrame_SameVerdictAndChunkAsTheFirstParser(string frame) => AssertSameAsReference(frame);

    [Fact]
    public void TryParse_OverTheFrameLimit_BothRefuse()
    {
        var frame = DataFrame.Encode(new byte[DataFrame.MinChunkSize]);
        var padded = frame + new string(' ', HandshakeMessage.MaxFrameSize - frame.Length + 1);

        AssertSameAsReference(padded);
        Assert.False(DataFrame.TryParse(padded, out _));
    }

    private static void AssertSameAsReference(string frame)
    {
        var expected = DataFrameReference.TryParse(frame, out var expectedChunk);

        var actual = DataFrame.TryParse(frame, out var actualChunk);

        Assert.Equal(expected, actual);
        Assert.Equal(expectedChunk, actualChunk);
    }

    private static void FillRandom(Span<byte> buffer)
    {
        if (!buffer.IsEmpty)
        {
            SecureRandom.Fill(buffer);
        }
    }
}
