using System.Text;
using SecureChat.Protocol;

namespace SecureChat.Core.Tests.Protocol;

public sealed class RoomCodeTests
{
    public static TheoryData<string, bool> Candidates => new()
    {
        { "ABCDEFG", false },            // 7: one short
        { "ABCDEFGH", true },            // 8: shortest
        { "ALPHA1234567890Z", true },    // 16: longest
        { "ALPHA1234567890ZZ", false },  // 17: one long
        { "12345678", true },
        { "ZZZZZZZZ", true },
        { "", false },
        { "abcdefgh", false },
        { "ABCDEFGh", false },
        { "ABCD EFGH", false },
        { " ABCDEFGH", false },
        { "ABCDEFGH ", false },
        { "ABCDEFGH\n", false },         // '$' in .NET also matches before a final newline
        { "ABCD-EFGH", false },
        { "ABCD_EFGH", false },
        { "ABCDEFG\u0661", false },      // ARABIC-INDIC DIGIT ONE
        { "ABCDEFG\uFF11", false },      // FULLWIDTH DIGIT ONE
        { "ABCDEFG\u00C9", false },      // É
        { "ABCDEFG\u0130", false },      // İ, which case-insensitive matching could fold to I
        { "ABCDEFG\u212A", false },      // KELVIN SIGN, which folds to k
        { "ABCDEFGH\0", false },
    };

    [Theory]
    [MemberData(nameof(Candidates))]
    public void IsValid_String_MatchesSpecPattern(string room, bool expected)
    {
        Assert.Equal(expected, RoomCode.IsValid(room));
    }

    [Theory]
    [MemberData(nameof(Candidates))]
    public void IsValid_Utf8_AgreesWithString(string room, bool expected)
    {
        Assert.Equal(expected, RoomCode.IsValid(Encoding.UTF8.GetBytes(room)));
        Assert.Equal(RoomCode.IsValid(room), RoomCode.IsValid(Encoding.UTF8.GetBytes(room).AsSpan()));
    }

    [Fact]
    public void IsValid_Null_False()
    {
        Assert.False(RoomCode.IsValid((string?)null));
    }

    [Fact]
    public void IsValid_EveryLengthFrom0To20_OnlyMinToMaxAccepted()
    {
        for (var length = 0; length <= 20; length++)
        {
            var room = new string('Q', length);
            var expected = length is >= RoomCode.MinLength and <= RoomCode.MaxLength;
            Assert.Equal(expected, RoomCode.IsValid(room));
            Assert.Equal(expected, RoomCode.IsValid(Encoding.UTF8.GetBytes(room)));
        }
    }

    [Fact]
    public void IsValid_EveryBmpCharacterInValidFrame_OverloadsAgreeAndOnlyAsciiUpperAndDigitsPass()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue; // not encodable alone
            }

            var room = "ABCD" + (char)c + "EFG";
            var expected = c is (>= 'A' and <= 'Z') or (>= '0' and <= '9');
            Assert.Equal(expected, RoomCode.IsValid(room));
            Assert.Equal(expected, RoomCode.IsValid(Encoding.UTF8.GetBytes(room)));
        }
    }
}
