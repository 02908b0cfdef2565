using SecureChat.Protocol;

namespace SecureChat.Core.Tests.Protocol;

public sealed class MessageRulesTests
{
    private const string Emoji = "\U0001F600"; // one code point, two UTF-16 chars

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   \t\r\n ")]
    [InlineData("\u00A0\u2003\u3000")] // NBSP, EM SPACE, IDEOGRAPHIC SPACE
    public void Check_EmptyOrWhitespace_MessageEmpty(string? text)
    {
        Assert.Equal(ErrorCode.MessageEmpty, MessageRules.Check(text));
    }

    [Theory]
    [InlineData("Hello")]
    [InlineData("x")]
    [InlineData(" padded ")]
    [InlineData("\u00E9t\u00E9 \u2603 " + Emoji)]
    public void Check_OrdinaryText_None(string text)
    {
        Assert.Equal(ErrorCode.None, MessageRules.Check(text));
    }

    [Fact]
    public void Check_1000AsciiCharacters_None()
    {
        Assert.Equal(ErrorCode.None, MessageRules.Check(new string('a', MessageRules.MaxCharacters)));
    }

    [Fact]
    public void Check_1001AsciiCharacters_MessageTooLong()
    {
        Assert.Equal(ErrorCode.MessageTooLong, MessageRules.Check(new string('a', MessageRules.MaxCharacters + 1)));
    }

    [Fact]
    public void Check_1000AstralEmoji_NoneBecauseEachIsOneCodePoint()
    {
        var text = string.Concat(Enumerable.Repeat(Emoji, 1000));

        Assert.Equal(2000, text.Length);
        Assert.Equal(ErrorCode.None, MessageRules.Check(text));
    }

    [Fact]
    public void Check_1001AstralEmoji_MessageTooLong()
    {
        Assert.Equal(ErrorCode.MessageTooLong, MessageRules.Check(string.Concat(Enumerable.Repeat(Emoji, 1001))));
    }

    [Fact]
    public void Check_999AsciiPlusOneEmoji_None()
    {
        Assert.Equal(ErrorCode.None, MessageRules.Check(new string('a', 999) + Emoji));
    }

    [Fact]
    public void Check_1000AsciiPlusOneEmoji_MessageTooLong()
    {
        Assert.Equal(ErrorCode.MessageTooLong, MessageRules.Check(new string('a', 1000) + Emoji));
    }

    [Fact]
    public void Check_HugePaste_MessageTooLong()
    {
        Assert.Equal(ErrorCode.MessageTooLong, MessageRules.Check(new string('z', 10_000_000)));
    }

    [Theory]
    [InlineData(ErrorCode.MessageEmpty, "Empty messages are not sent.")]
    [InlineData(ErrorCode.MessageTooLong, "Messages are limited to 1000 characters.")]
    [InlineData(ErrorCode.RateLimited, "RateLimited")]
    public void Describe_Code_Words(ErrorCode code, string expected)
    {
        Assert.Equal(expected, MessageRules.Describe(code));
    }
}
