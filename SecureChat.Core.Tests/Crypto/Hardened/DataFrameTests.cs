using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>The strict v2 <c>msg</c> frame codec: exact shape, canonical base64, bucket-sized bounds, never throws.</summary>
public sealed class DataFrameTests
{
    private static readonly byte[] Chunk = Enumerable.Range(0, DataFrame.MinChunkSize).Select(i => (byte)(i * 7)).ToArray();

    [Fact]
    public void Encode_Valid_IsTheDocumentedShapeAndRoundTrips()
    {
        var frame = DataFrame.Encode(Chunk);

        Assert.StartsWith("{\"type\":\"SIGNAL\",\"kind\":\"msg\",\"p\":\"tchat/2\",\"c\":\"", frame, StringComparison.Ordinal);
        Assert.True(DataFrame.TryParse(frame, out var parsed));
        Assert.Equal(Chunk, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<html>")]
    [InlineData("{\"type\":\"SIGNAL\",\"kind\":\"msg\",\"p\":\"tchat/2\"}")]
    [InlineData("{\"type\":\"SIGNAL\",\"kind\":\"msg\",\"p\":\"tchat/1\",\"c\":\"AAAA\"}")]
    [InlineData("{\"type\":\"SIGNAL\",\"kind\":\"MSG\",\"p\":\"tchat/2\",\"c\":\"AAAA\"}")]
    [InlineData("{\"type\":\"SIGNAL\",\"kind\":\"msg\",\"p\":\"tchat/2\",\"c\":\"AAAA\"}")]
    [InlineData("\"\ud800\"")]
    public void TryParse_Invalid_IsFalse(string? text)
    {
        Assert.False(DataFrame.TryParse(text, out var chunk));
        Assert.Null(chunk);
    }

    [Fact]
    public void TryParse_ExtraOrDuplicateField_IsFalse()
    {
        var frame = DataFrame.Encode(Chunk);

        Assert.False(DataFrame.TryParse(frame.Replace("}", ",\"x\":1}", StringComparison.Ordinal), out _));
        Assert.False(DataFrame.TryParse(frame.Replace("{", "{\"p\":\"tchat/2\",", StringComparison.Ordinal), out _));
    }

    [Fact]
    public void TryParse_NonCanonicalBase64_IsFalse()
    {
        var frame = DataFrame.Encode(Chunk);
        var at = frame.IndexOf("\"c\":\"", StringComparison.Ordinal) + 10;

        var padded = DataFrame.Encode([.. Chunk, 1]); // 274 bytes: base64 ends in "=="

        Assert.True(DataFrame.TryParse(padded, out _));
        Assert.False(DataFrame.TryParse(frame.Insert(at, " "), out _));
        Assert.False(DataFrame.TryParse(padded.Replace("==\"", "\"", StringComparison.Ordinal), out _));
        Assert.False(DataFrame.TryParse(padded.Replace("Q==\"", "R==\"", StringComparison.Ordinal), out _));
    }

    [Fact]
    public void TryParse_TooShortOrTooLong_IsFalse()
    {
        Assert.False(DataFrame.TryParse(DataFrame.Encode(Chunk.AsSpan(0, Chunk.Length - 1)), out _));
        Assert.False(DataFrame.TryParse(DataFrame.Encode(new byte[DataFrame.MaxChunkSize + 1]), out _));
    }
}
