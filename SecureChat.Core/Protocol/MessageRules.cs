using System.Text;

namespace SecureChat.Protocol;

/// <summary>The specification's message rules: not empty (or only white space), at most 1000 characters.</summary>
public static class MessageRules
{
    /// <summary>The longest message, in Unicode code points (what Python's <c>len</c> counts).</summary>
    public const int MaxCharacters = 1000;

    /// <summary>Checks a message; <see cref="ErrorCode.None"/> when it may be sent.</summary>
    /// <param name="text">The message.</param>
    public static ErrorCode Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ErrorCode.MessageEmpty;
        }

        // Counting runes stops early: a huge paste costs no more than the limit.
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            if (++count > MaxCharacters)
            {
                return ErrorCode.MessageTooLong;
            }
        }

        return ErrorCode.None;
    }

    /// <summary>Describes a refusal from <see cref="Check"/> in words.</summary>
    /// <param name="code">The code <see cref="Check"/> returned.</param>
    public static string Describe(ErrorCode code) => code switch
    {
        ErrorCode.MessageEmpty => "Empty messages are not sent.",
        ErrorCode.MessageTooLong => $"Messages are limited to {MaxCharacters} characters.",
        _ => code.ToString(),
    };

    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
