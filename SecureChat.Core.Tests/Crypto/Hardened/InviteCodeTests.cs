using System.Text;
using System.Text.RegularExpressions;
using Geralt;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

public sealed partial class InviteCodeTests
{
    private static readonly string[] s_words = SecureRandom.GetWordlist()[..3].ToArray();

    [Fact]
    public void InviteCode_Generate_HasRoomAndThreeListWords()
    {
        using var code = InviteCode.Generate();
        var text = Formatted(code);
        Assert.Matches(CodePattern(), text);
        Assert.Equal(InviteCode.RoomIdLength, code.RoomId.Length);
        Assert.True(SecureChat.Protocol.RoomCode.IsValid(code.RoomId));
        var words = text.Split('-')[1..];
        Assert.All(words, w => Assert.Contains(w, SecureRandom.GetWordlist().ToArray()));
        Assert.Equal(string.Join('-', words), Encoding.UTF8.GetString(code.Secret));
    }

    [Fact]
    public void InviteCode_FormatThenParse_SameRoomAndSecret()
    {
        using var code = InviteCode.Generate();
        Assert.True(InviteCode.TryParse(Formatted(code), out var parsed));
        using (parsed)
        {
            Assert.Equal(code.RoomId, parsed.RoomId);
            Assert.Equal(code.Secret.ToArray(), parsed.Secret.ToArray());
        }
    }

    [Fact]
    public void InviteCode_MixedCaseAndWhitespace_Normalised()
    {
        var typed = $"  room2026ab - {s_words[0].ToUpperInvariant()}-{s_words[1]} -\t{char.ToUpperInvariant(s_words[2][0])}{s_words[2][1..]} \n";
        Assert.True(InviteCode.TryParse(typed, out var code));
        using (code)
        {
            Assert.Equal("ROOM2026AB", code.RoomId);
            Assert.Equal(string.Join('-', s_words), Encoding.UTF8.GetString(code.Secret));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("ROOM2026AB")]
    [InlineData("ROOM2026AB-{0}-{1}")]
    [InlineData("ROOM2026AB-{0}-{1}-{2}-{0}")]
    [InlineData("ROOM2026AB-{0}--{2}")]
    [InlineData("ROOM2026AB-{0}-{1}-notaneffword")]
    [InlineData("ROOM202-{0}-{1}-{2}")]
    [InlineData("ROOM2026AB12345678-{0}-{1}-{2}")]
    [InlineData("ROOM_026AB-{0}-{1}-{2}")]
    [InlineData("ROOM2026AB-{0}-{1}-{2}x")]
    [InlineData("ROOM2026AB-{0} {1}-{1}-{2}")]
    public void InviteCode_Invalid_Rejected(string pattern)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, s_words[0], s_words[1], s_words[2]);
        Assert.False(InviteCode.TryParse(text, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void InviteCode_HugeInput_RejectedWithoutStackOverflow()
    {
        var huge = "ROOM2026AB-" + s_words[0] + "-" + s_words[1] + "-" + s_words[2] + new string(' ', 10_000_000) + "x";
        Assert.False(InviteCode.TryParse(huge, out _));
    }

    [Fact]
    public void InviteCode_ManyGenerated_AllDistinct()
    {
        const int count = 2000;
        var rooms = new HashSet<string>();
        var secrets = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            using var code = InviteCode.Generate();
            rooms.Add(code.RoomId);
            secrets.Add(Convert.ToHexString(code.Secret));
        }

        // 2000 draws from 2^51.7 rooms and 2^38.8 secrets: a collision would be a broken RNG, not bad luck.
        Assert.Equal(count, rooms.Count);
        Assert.Equal(count, secrets.Count);
    }

    [Fact]
    public void InviteCode_ToString_HidesSecret()
    {
        using var code = InviteCode.Generate();
        var shown = code.ToString();
        Assert.StartsWith(code.RoomId, shown, StringComparison.Ordinal);
        foreach (var word in Encoding.UTF8.GetString(code.Secret).Split('-'))
        {
            Assert.DoesNotContain(word, shown, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void InviteCode_UseAfterDispose_ThrowsObjectDisposed()
    {
        var code = InviteCode.Generate();
        code.Dispose();
        code.Dispose();
        Assert.Throws<ObjectDisposedException>(() => code.Secret.Length);
        Assert.Throws<ObjectDisposedException>(() => code.Format(new char[64]));
        Assert.Equal(InviteCode.RoomIdLength, code.RoomId.Length);
    }

    private static string Formatted(InviteCode code)
    {
        var buffer = new char[code.FormattedLength];
        return new string(buffer, 0, code.Format(buffer));
    }

    [GeneratedRegex("^[A-Z0-9]{10}-[a-z]+-[a-z]+-[a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
