using Geralt;

namespace SecureChat.Cli;

/// <summary>
/// The invite code's wordlist (Geralt's EFF long list, the one the core draws the words from), read once and
/// sorted for completion: <see cref="SecureRandom.GetWordlist"/> costs milliseconds per call.
/// </summary>
internal static class CodeWords
{
    private static readonly Lazy<string[]> s_sorted = new(static () =>
    {
        var words = SecureRandom.GetWordlist().ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        return words;
    });

    /// <summary>The words, in ordinal order.</summary>
    public static IReadOnlyList<string> Sorted => s_sorted.Value;
}
