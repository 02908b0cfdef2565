using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class WordCompletionTests
{
    private static readonly string[] Words = ["oboe", "obol", "obtain", "pelican", "tundra", "tune"];

    [Fact]
    public void Complete_UniquePrefix_CompletesWordAndAddsDash()
    {
        Assert.Equal(new Completion("K7Q2M9XR-pelican-", []), Normalized(WordCompletion.Complete("K7Q2M9XR-pel", Words)));
    }

    [Fact]
    public void Complete_LastWord_NoTrailingDash()
    {
        Assert.Equal("K7Q2M9XR-pelican-oboe-tundra", WordCompletion.Complete("K7Q2M9XR-pelican-oboe-tund", Words).Text);
    }

    [Fact]
    public void Complete_SeveralMatches_ExtendsToCommonPrefixAndListsThem()
    {
        var completion = WordCompletion.Complete("K7Q2M9XR-ob", Words);

        Assert.Equal("K7Q2M9XR-ob", completion.Text);
        Assert.Equal(["oboe", "obol", "obtain"], completion.Candidates);
    }

    [Fact]
    public void Complete_MatchesShareLongerPrefix_ExtendsIt()
    {
        var completion = WordCompletion.Complete("K7Q2M9XR-pelican-tu", Words);

        Assert.Equal("K7Q2M9XR-pelican-tun", completion.Text);
        Assert.Equal(["tundra", "tune"], completion.Candidates);
    }

    [Fact]
    public void Complete_UpperCaseTyped_MatchesLowerCaseWords()
    {
        Assert.Equal("K7Q2M9XR-pelican-", WordCompletion.Complete("K7Q2M9XR-PEL", Words).Text);
    }

    [Theory]
    [InlineData("K7Q2")]
    [InlineData("K7Q2M9XR-")]
    [InlineData("K7Q2M9XR-zzz")]
    [InlineData("K7Q2M9XR-oboe-oboe-oboe-ob")]
    public void Complete_NothingToComplete_TextUnchanged(string typed)
    {
        var completion = WordCompletion.Complete(typed, Words);

        Assert.Equal(typed, completion.Text);
        Assert.Empty(completion.Candidates);
    }

    [Fact]
    public void CodeWords_TheRealList_SortedLowerCaseWithoutDashes()
    {
        var words = CodeWords.Sorted;

        Assert.InRange(words.Count, 7000, 8000);
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
        Assert.All(words, static w => Assert.DoesNotContain('-', w));
        Assert.Same(words, CodeWords.Sorted);
    }

    [Fact]
    public void Complete_RealList_EveryWordCompletesFromAUniquePrefix()
    {
        var words = CodeWords.Sorted;
        var word = words[words.Count / 2];

        var completion = WordCompletion.Complete("ROOM1234-" + word, words);

        Assert.StartsWith("ROOM1234-" + word, completion.Text, StringComparison.Ordinal);
    }

    private static Completion Normalized(Completion c) => c with { Candidates = [] };
}
