namespace SecureChat.Cli;

/// <summary>
/// Tab completion for invite codes, like magic-wormhole's: the part after the last dash is a word prefix; a
/// unique match is completed (with the next dash while words remain), several matches are extended to their
/// common prefix and listed. The room id before the first dash is random and never completed.
/// </summary>
internal static class WordCompletion
{
    /// <summary>Words in a code after the room id.</summary>
    public const int WordCount = 3;

    /// <summary>Completes <paramref name="typed"/> against <paramref name="words"/> (sorted ordinally).</summary>
    public static Completion Complete(string typed, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(words);
        var parts = typed.Split('-');
        var wordIndex = parts.Length - 1;
        var prefix = parts[^1].ToLowerInvariant();
        if (wordIndex is < 1 or > WordCount || prefix.Length == 0)
        {
            return new Completion(typed, []);
        }

        var matches = Matches(prefix, words);
        var head = typed[..(typed.Length - parts[^1].Length)];
        return matches.Count switch
        {
            0 => new Completion(typed, []),
            1 => new Completion(head + matches[0] + (wordIndex < WordCount ? "-" : string.Empty), []),
            _ => new Completion(head + CommonPrefix(matches), matches),
        };
    }

    private static List<string> Matches(string prefix, IReadOnlyList<string> words)
    {
        // Binary search to the first word >= prefix, then walk while the prefix holds.
        int low = 0, high = words.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(words[mid], prefix) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var matches = new List<string>();
        for (var i = low; i < words.Count && words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            matches.Add(words[i]);
        }

        return matches;
    }

    private static string CommonPrefix(List<string> words)
    {
        var length = words[0].Length;
        foreach (var word in words)
        {
            length = Math.Min(length, word.Length);
            for (var i = 0; i < length; i++)
            {
                if (word[i] != words[0][i])
                {
                    length = i;
                    break;
                }
            }
        }

        return words[0][..length];
    }
}
