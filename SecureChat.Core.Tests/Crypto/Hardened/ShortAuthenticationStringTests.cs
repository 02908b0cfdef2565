using System.Buffers.Binary;
using Geralt;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

// No published vector exists for our SAS; these pin the design §6.5 rule (8 LE bytes per word, mod 7772)
// against Geralt's list so a change of either is caught.
public sealed class ShortAuthenticationStringTests
{
    [Fact]
    public void Sas_IndexRule_MatchesDesign()
    {
        var words = SecureRandom.GetWordlist();
        var key = new byte[32];
        BinaryPrimitives.WriteUInt64LittleEndian(key, (ulong)words.Length + 1);
        BinaryPrimitives.WriteUInt64LittleEndian(key.AsSpan(8), ulong.MaxValue);
        BinaryPrimitives.WriteUInt64LittleEndian(key.AsSpan(16), 42);
        var expected = $"{words[1]} {words[(int)(ulong.MaxValue % (ulong)words.Length)]} {words[42]}";
        Assert.Equal(expected, ShortAuthenticationString.FromKey(key));
        Assert.Equal(7772, words.Length);
    }

    [Fact]
    public void Sas_ShortKey_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ShortAuthenticationString.FromKey(new byte[23]));
}
