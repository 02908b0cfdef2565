using System.Text.Json;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

// Vectors: cfrg/draft-irtf-cfrg-cpace (draft-21) testvectors.json, keys "G_Coffee25519" and
// "G_Coffee25519_points" = appendix "Test vector for CPace using group ristretto255 and hash SHA-512"
// and "Invalid inputs for scalar_mult_vfy".
public sealed class CPaceTests
{
    private static readonly JsonElement s_vector = VectorFile.Load("cpace-testvectors.json").GetProperty("G_Coffee25519");
    private static readonly JsonElement s_points = VectorFile.Load("cpace-testvectors.json").GetProperty("G_Coffee25519_points");

    [Fact]
    public void Generator_DraftVector_Matches()
    {
        var g = new byte[CPace.ElementSize];
        CPace.CalculateGenerator(g, s_vector.Hex("PRS"), s_vector.Hex("CI"), s_vector.Hex("sid"));
        Assert.Equal(s_vector.Hex("g"), g);
    }

    [Fact]
    public void Shares_DraftScalars_MatchYaYbAndK()
    {
        var g = s_vector.Hex("g");
        var ya = new byte[CPace.ElementSize];
        var yb = new byte[CPace.ElementSize];
        Assert.True(CPace.TryComputeShare(ya, s_vector.Hex("ya"), g));
        Assert.True(CPace.TryComputeShare(yb, s_vector.Hex("yb"), g));
        Assert.Equal(s_vector.Hex("Ya"), ya);
        Assert.Equal(s_vector.Hex("Yb"), yb);

        var ka = new byte[CPace.ElementSize];
        var kb = new byte[CPace.ElementSize];
        Assert.True(CPace.TryScalarMultVfy(ka, s_vector.Hex("ya"), yb));
        Assert.True(CPace.TryScalarMultVfy(kb, s_vector.Hex("yb"), ya));
        Assert.Equal(s_vector.Hex("K"), ka);
        Assert.Equal(ka, kb);
    }

    [Fact]
    public void Isk_InitiatorResponder_MatchesIskIr()
    {
        var isk = new byte[CPace.IskSize];
        CPace.DeriveIsk(isk, s_vector.Hex("sid"), s_vector.Hex("K"), s_vector.Hex("Ya"), s_vector.Hex("ADa"), s_vector.Hex("Yb"), s_vector.Hex("ADb"));
        Assert.Equal(s_vector.Hex("ISK_IR"), isk);
    }

    [Fact]
    public void ScalarMultVfy_ValidPoint_MatchesDraft()
    {
        var valid = s_points.GetProperty("Valid");
        var k = new byte[CPace.ElementSize];
        Assert.True(CPace.TryScalarMultVfy(k, valid.Hex("s"), valid.Hex("X")));
        Assert.Equal(valid.Hex("G.scalar_mult_vfy(s,X)"), k);
    }

    [Theory]
    [InlineData("Invalid Y1")]
    [InlineData("Invalid Y2")]
    public void ScalarMultVfy_InvalidPoint_FailsWithZeroedOutput(string name)
    {
        var k = Enumerable.Repeat((byte)0xAA, CPace.ElementSize).ToArray();
        var point = Convert.FromHexString(s_points.GetProperty(name).GetString()!);
        Assert.False(CPace.TryScalarMultVfy(k, s_points.GetProperty("Valid").Hex("s"), point));
        Assert.All(k, b => Assert.Equal(0, b));
    }

    [Fact]
    public void ScalarMultVfy_IdentityResult_Fails()
    {
        // The scalar L (the group order) maps every valid point to the identity, which must abort.
        var order = Convert.FromHexString("EDD3F55C1A631258D69CF7A2DEF9DE1400000000000000000000000000000010");
        var k = new byte[CPace.ElementSize];
        Assert.False(CPace.TryScalarMultVfy(k, order, s_vector.Hex("Ya")));
    }

    [Fact]
    public void SampleScalar_TwoDraws_Differ()
    {
        var a = new byte[CPace.ScalarSize];
        var b = new byte[CPace.ScalarSize];
        CPace.SampleScalar(a);
        CPace.SampleScalar(b);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Generator_OtherPassword_Differs()
    {
        var g = new byte[CPace.ElementSize];
        CPace.CalculateGenerator(g, "Passw0rd"u8, s_vector.Hex("CI"), s_vector.Hex("sid"));
        Assert.NotEqual(s_vector.Hex("g"), g);
    }
}
