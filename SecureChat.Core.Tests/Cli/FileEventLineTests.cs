using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class FileEventLineTests
{
    private const string IdText = "00112233445566778899aabbccddeeff";

    private static FileTransferId Id => FileTransferId.TryParse(IdText, out var id) ? id : throw new InvalidOperationException();

    [Fact]
    public void Format_FileOffered_IdSizeName()
    {
        Assert.Equal($"FILE_OFFERED {IdText} 1234 report.pdf", EventLine.Format(new FileOffered(Id, "report.pdf", 1234)));
    }

    [Fact]
    public void Format_FileProgress_BytesTotalSpeed()
    {
        var line = EventLine.Format(new FileProgress(Id, 500, 1000, Outgoing: false), new FileUpdate("a", "text", BytesPerSecond: 2048.7));

        Assert.Equal($"FILE_PROGRESS {IdText} 500 1000 2048", line);
    }

    [Fact]
    public void Format_FileCompleted_SavedPath()
    {
        var line = EventLine.Format(new FileCompleted(Id, Outgoing: false), new FileUpdate("a", SavedPath: "/tmp/d/a (1).txt"));

        Assert.Equal($"FILE_DONE {IdText} /tmp/d/a (1).txt", line);
    }

    [Fact]
    public void Format_FileCompletedButNotKept_Failed()
    {
        var line = EventLine.Format(new FileCompleted(Id, Outgoing: false), new FileUpdate("a", Failure: "disk full"));

        Assert.Equal($"FILE_FAILED {IdText} disk full", line);
    }

    [Fact]
    public void Format_FileCancelled_CodeAndMessage()
    {
        var line = EventLine.Format(new FileCancelled(Id, ErrorCode.TransferCancelled, "The peer cancelled.", Outgoing: true));

        Assert.Equal($"FILE_CANCELLED {IdText} {(int)ErrorCode.TransferCancelled} TransferCancelled The peer cancelled.", line);
    }

    [Fact]
    public void Format_FileDeclined_Id()
    {
        Assert.Equal($"FILE_DECLINED {IdText}", EventLine.Format(new FileDeclined(Id)));
    }

    [Fact]
    public void Format_HostileName_Sanitised()
    {
        var line = EventLine.Format(new FileOffered(Id, "a\u001b[2Jb\nc", 1));

        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Format_CommandResults_VerbIdSizeName_OrError()
    {
        Assert.Equal($"FILE_SENDING {IdText} 42 a.txt", EventLine.Format(new FileCommandResult("SENDING", Id, "a.txt", 42)));
        Assert.Equal("FILE_ERROR No such file.", EventLine.Format(FileCommandResult.Failed("No such file.")));
    }
}
