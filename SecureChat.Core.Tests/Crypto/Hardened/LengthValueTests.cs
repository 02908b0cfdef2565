using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

// Vectors: draft-irtf-cfrg-cpace-21, appendix "Definition and test vectors for string utility functions"
// (prepend_len, lv_cat) and "Definitions for transcript_ir function".
public sealed class LengthValueTests
{
    [Fact]
    public void PrependLength_Empty_IsSingleZero() =>
        Assert.Equal("00", Convert.ToHexStringLower(LengthValue.PrependLength([])));

    [Fact]
    public void PrependLength_1234_MatchesDraft() =>
        Assert.Equal("0431323334", Convert.ToHexStringLower(LengthValue.PrependLength("1234"u8)));

    [Theory]
    [InlineData(127, "7f")]
    [InlineData(128, "8001")]
    public void PrependLength_RangeBoundary_MatchesDraft(int length, string prefix)
    {
        var data = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var encoded = LengthValue.PrependLength(data);
        Assert.Equal(prefix + Convert.ToHexStringLower(data), Convert.ToHexStringLower(encoded));
        Assert.Equal(encoded.Length, LengthValue.GetEncodedSize(length));
    }

    [Theory]
    [InlineData(16383, 2)]
    [InlineData(16384, 3)]
    public void GetEncodedSize_MultiByteLeb128_CountsPrefix(int length, int prefixSize) =>
        Assert.Equal(length + prefixSize, LengthValue.GetEncodedSize(length));

    [Fact]
    public void Concat_DraftVector_Matches() =>
        Assert.Equal("043132333401350003363738", Convert.ToHexStringLower(LengthValue.Concat("1234"u8.ToArray(), "5"u8.ToArray(), [], "678"u8.ToArray())));

    [Theory]
    [InlineData("123", "234", "03313233065061727479410332333406506172747942")]
    [InlineData("3456", "2345", "043334353606506172747941043233343506506172747942")]
    public void Concat_TranscriptIr_MatchesDraft(string ya, string yb, string expected)
    {
        var a = LengthValue.Concat(System.Text.Encoding.ASCII.GetBytes(ya), "PartyA"u8.ToArray());
        var b = LengthValue.Concat(System.Text.Encoding.ASCII.GetBytes(yb), "PartyB"u8.ToArray());
        Assert.Equal(expected, Convert.ToHexStringLower([.. a, .. b]));
    }

    [Fact]
    public void Write_ShortDestination_Throws() =>
        Assert.Throws<ArgumentException>(() => LengthValue.Write(new byte[4], "1234"u8));
}
