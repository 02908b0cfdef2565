using System.Text.RegularExpressions;
using SecureChat.Core.Tests.Vectors;
using SecureChat.Crypto;

namespace SecureChat.Core.Tests.Crypto;

public sealed partial class SafetyNumberTests
{
    private static readonly byte[] s_alicePublic = Convert.FromHexString("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    private static readonly byte[] s_bobPublic = TestVectors.NaclBox.BobPublicKey.ToArray();

    [Fact]
    public void Compute_BothSides_SameNumber()
    {
        using var alice = EphemeralKeyPair.Generate();
        using var bob = EphemeralKeyPair.Generate();

        Assert.Equal(SafetyNumber.Compute(alice.PublicKey, bob.PublicKey), SafetyNumber.Compute(bob.PublicKey, alice.PublicKey));
    }

    [Fact]
    public void Compute_Format_TwelveGroupsOfFiveDigits()
    {
        var number = SafetyNumber.Compute(s_alicePublic, s_bobPublic);

        Assert.Matches(Format(), number);
        Assert.Equal(60, number.Count(char.IsAsciiDigit));
        Assert.Equal(12, number.Split(' ').Length);
    }

    [Fact]
    public void Compute_FixedKeys_Deterministic()
    {
        Assert.Equal(SafetyNumber.Compute(s_alicePublic, s_bobPublic), SafetyNumber.Compute(s_alicePublic, s_bobPublic));
    }

    [Fact]
    public void Compute_DifferentPeerKey_DifferentNumber()
    {
        var substituted = (byte[])s_bobPublic.Clone();
        substituted[^1] ^= 0x01;

        Assert.NotEqual(SafetyNumber.Compute(s_alicePublic, s_bobPublic), SafetyNumber.Compute(s_alicePublic, substituted));
    }

    [Fact]
    public void Compute_EachKeyBitFlipped_ChangesThatKeysHalfOnly()
    {
        var aliceHalf = SafetyNumber.ForKey(s_alicePublic);
        var bobHalf = SafetyNumber.ForKey(s_bobPublic);
        for (var bit = 0; bit < 256; bit += 17)
        {
            var substituted = (byte[])s_bobPublic.Clone();
            substituted[bit / 8] ^= (byte)(1 << (bit % 8));

            var substitutedHalf = SafetyNumber.ForKey(substituted);

            Assert.NotEqual(bobHalf, substitutedHalf);
            Assert.Contains(Group(aliceHalf), SafetyNumber.Compute(s_alicePublic, substituted), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compute_Halves_AreEachKeysDigitsInOrdinalOrder()
    {
        var aliceHalf = SafetyNumber.ForKey(s_alicePublic);
        var bobHalf = SafetyNumber.ForKey(s_bobPublic);
        var ordered = string.CompareOrdinal(aliceHalf, bobHalf) <= 0 ? aliceHalf + bobHalf : bobHalf + aliceHalf;

        var number = SafetyNumber.Compute(s_alicePublic, s_bobPublic);

        Assert.Equal(30, aliceHalf.Length);
        Assert.All(aliceHalf, static c => Assert.True(char.IsAsciiDigit(c)));
        Assert.Equal(ordered, number.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_SameKeyBothSides_StillWellFormed()
    {
        var number = SafetyNumber.Compute(s_alicePublic, s_alicePublic);

        Assert.Matches(Format(), number);
    }

    private static string Group(string digits) =>
        string.Join(' ', Enumerable.Range(0, digits.Length / 5).Select(i => digits.Substring(i * 5, 5)));

    [GeneratedRegex("^[0-9]{5}( [0-9]{5}){11}$")]
    private static partial Regex Format();
}
