using SecureChat.Lifecycle;

namespace SecureChat.Core.Tests.Docs;

public sealed class ReadmeTests
{
    private static readonly string Readme = RepositoryFiles.Read("README.md");

    [Fact]
    public void Readme_StateDiagram_IsTheOneTheMachineDraws()
    {
        var drawn = new SessionLifecycle(new Lifecycle.RecordingActions()).ToMermaid().ReplaceLineEndings("\n").TrimEnd();

        Assert.Equal(drawn, RepositoryFiles.FencedBlock(Readme, "```mermaid").TrimEnd());
    }

    [Fact]
    public void Readme_ErrorTable_ListsEveryCodeWithItsNumber()
    {
        foreach (var code in Enum.GetValues<ErrorCode>().Where(c => c != ErrorCode.None))
        {
            Assert.Contains($"| {(int)code} | {code} |", Readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_TwoCommands_ArePresent()
    {
        Assert.Contains("./run.sh", Readme, StringComparison.Ordinal);
        Assert.Contains("./build.sh --target=Test", Readme, StringComparison.Ordinal);
    }
}
