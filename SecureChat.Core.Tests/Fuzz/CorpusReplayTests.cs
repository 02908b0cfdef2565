using SecureChat.Core.Tests.Docs;
using SecureChat.Fuzz.Targets;

namespace SecureChat.Core.Tests.Fuzz;

/// <summary>
/// Replays every committed input under <c>fuzz/corpus/TARGET/</c> through that target's property checks, so what a
/// campaign found (and every crash fixed since) stays checked on each test run without AFL.
/// </summary>
public sealed class CorpusReplayTests
{
    private const int MaxFilesPerTarget = 200;

    public static TheoryData<string> Targets { get; } = new(FuzzTargets.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Targets))]
    public void Replay_CommittedCorpus_EveryInputHoldsTheTargetProperties(string target)
    {
        var files = CorpusFiles(target);
        Assert.NotEmpty(files);

        var failures = new List<string>();
        foreach (var file in files)
        {
            try
            {
                FuzzTargets.All[target](File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // Any exception from a target is a finding; collect them all, then fail once.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add($"{Path.GetFileName(file)}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {files.Length} inputs broke {target}:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void Corpus_Folders_OnePerTargetAndWithinTheCap()
    {
        var folders = Directory.GetDirectories(RepositoryFiles.PathOf("fuzz/corpus")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(FuzzTargets.All.Keys.Order(StringComparer.Ordinal), folders);
        Assert.All(FuzzTargets.All.Keys, target => Assert.InRange(CorpusFiles(target).Length, 1, MaxFilesPerTarget));
    }

    [Fact]
    public void FuzzText_Wtf8Surrogate_BecomesLoneSurrogate()
    {
        byte[] input = [(byte)'a', 0xED, 0xA0, 0x80, (byte)'b', 0xFF, 0xF0, 0x9F, 0x98, 0x80];
        Assert.Equal("a\uD800b\uFFFD\U0001F600", FuzzText.Decode(input));
    }

    private static string[] CorpusFiles(string target) =>
        Directory.GetFiles(RepositoryFiles.PathOf(Path.Combine("fuzz", "corpus", target))).Order(StringComparer.Ordinal).ToArray();
}
