using SecureChat.Files;

namespace SecureChat.Core.Tests.Session.Files;

public sealed class DownloadFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("securechat-dl-").FullName;

    private string Downloads => Directory.CreateDirectory(Path.Combine(_root, "Downloads")).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void CreateUnique_FreeName_WritesAPartThenCommitsToTheName()
    {
        var folder = new DownloadFolder(Downloads);
        using var download = folder.CreateUnique("notes.txt");
        Assert.Equal(Path.Combine(folder.FullPath, "notes.txt.part"), download.PartPath);
        download.Stream.Write("hello"u8);

        var path = download.Commit();

        Assert.Equal(Path.Combine(folder.FullPath, "notes.txt"), path);
        Assert.Equal("hello", File.ReadAllText(path));
        Assert.False(File.Exists(download.PartPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void CreateUnique_ExistingFiles_PicksTheNextNumberAndNeverOverwrites()
    {
        var folder = new DownloadFolder(Downloads);
        File.WriteAllText(Path.Combine(folder.FullPath, "a.txt"), "mine");
        File.WriteAllText(Path.Combine(folder.FullPath, "a (1).txt.part"), "someone's partial");

        using var download = folder.CreateUnique("a.txt");
        download.Stream.Write("theirs"u8);
        var path = download.Commit();

        Assert.Equal(Path.Combine(folder.FullPath, "a (2).txt"), path);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder.FullPath, "a.txt")));
        Assert.Equal("someone's partial", File.ReadAllText(Path.Combine(folder.FullPath, "a (1).txt.part")));
    }

    [Fact]
    public void Commit_NameTakenWhileReceiving_MovesToTheNextFreeName()
    {
        var folder = new DownloadFolder(Downloads);
        using var download = folder.CreateUnique("b.txt");
        File.WriteAllText(Path.Combine(folder.FullPath, "b.txt"), "arrived meanwhile");

        var path = download.Commit();

        Assert.Equal(Path.Combine(folder.FullPath, "b (1).txt"), path);
        Assert.Equal("arrived meanwhile", File.ReadAllText(Path.Combine(folder.FullPath, "b.txt")));
    }

    [Fact]
    public void CreateUnique_SymlinkPlantedAtTheName_IsNeverFollowed()
    {
        var folder = new DownloadFolder(Downloads);
        var victim = Path.Combine(_root, "victim.txt");
        File.WriteAllText(victim, "precious");
        File.CreateSymbolicLink(Path.Combine(folder.FullPath, "c.txt.part"), victim);
        File.CreateSymbolicLink(Path.Combine(folder.FullPath, "c (1).txt"), Path.Combine(_root, "dangling"));

        using var download = folder.CreateUnique("c.txt");
        download.Stream.Write("attacker data"u8);
        var path = download.Commit();

        Assert.Equal(Path.Combine(folder.FullPath, "c (2).txt"), path);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.False(File.Exists(Path.Combine(_root, "dangling")));
    }

    [Fact]
    public void CreateUnique_FolderIsASymlink_IsRefused()
    {
        var real = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var link = Path.Combine(_root, "LinkedDownloads");
        Directory.CreateSymbolicLink(link, real);

        Assert.Throws<IOException>(() => new DownloadFolder(link).CreateUnique("d.txt"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(real));
    }

    [Fact]
    public void CreateUnique_NameNotSanitised_IsMisuse()
    {
        var folder = new DownloadFolder(Downloads);

        Assert.Throws<ArgumentException>(() => folder.CreateUnique("../escape.txt"));
        Assert.Throws<ArgumentException>(() => folder.CreateUnique("CON"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullPath));
    }

    [Fact]
    public void Abandon_DeletesThePartialAndDisposeAbandonsUnlessCommitted()
    {
        var folder = new DownloadFolder(Downloads);
        var abandoned = folder.CreateUnique("e.txt");
        abandoned.Stream.Write("partial"u8);
        abandoned.Abandon();
        using (var disposed = folder.CreateUnique("e.txt"))
        {
            disposed.Stream.Write("partial"u8);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullPath));
        Assert.Throws<InvalidOperationException>(() => abandoned.Commit());
    }
}
