namespace SecureChat.Core.Tests.Docs;

/// <summary>Finds files of the repository from the test output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative)).ReplaceLineEndings("\n");

    /// <summary>The body of the fenced block that follows <paramref name="fence"/> (for example "```mermaid").</summary>
    public static string FencedBlock(string markdown, string fence)
    {
        var start = markdown.IndexOf(fence + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {fence} block");
        start += fence.Length + 1;
        var end = markdown.IndexOf("\n```", start, StringComparison.Ordinal);
        return markdown[start..end];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SecureChat.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SecureChat.sln not found above the test output folder.");
    }
}
