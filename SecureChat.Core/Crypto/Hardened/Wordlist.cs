using System.Collections.Frozen;
using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Geralt's EFF long wordlist (7772 words, no hyphens, so '-' separates words unambiguously), read once:
/// <see cref="SecureRandom.GetWordlist"/> costs milliseconds per call, too much for every SAS and code.
/// </summary>
internal static class Wordlist
{
    private static readonly Lazy<string[]> s_words = new(() => SecureRandom.GetWordlist().ToArray());

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> s_lookup = new(
        () => s_words.Value.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The words, in Geralt's order (SAS indices depend on it).</summary>
    public static ReadOnlySpan<string> Words => s_words.Value;

    /// <summary>Whether a lowercase span is a list word, without allocating a string for secret input.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => s_lookup.Value.Contains(word);
}
