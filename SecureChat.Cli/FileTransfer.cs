using SecureChat.Files;

namespace SecureChat.Cli;

/// <summary>One open transfer as the CLI tracks it: what it is, and the file it reads or writes.</summary>
internal sealed class FileTransfer(FileTransferId id, string name, long size, bool outgoing, ProgressTracker progress)
{
    public FileTransferId Id { get; } = id;

    /// <summary>The sanitised name (incoming) or the base name of the path (outgoing).</summary>
    public string Name { get; } = name;

    public long Size { get; } = size;

    public bool Outgoing { get; } = outgoing;

    public ProgressTracker Progress { get; } = progress;

    /// <summary>Outgoing: the open source file.</summary>
    public Stream? Source { get; init; }

    /// <summary>Outgoing: the path that was offered.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Incoming, once accepted: the <c>.part</c> file being written.</summary>
    public PartialDownload? Download { get; set; }

    /// <summary>Outgoing, or incoming and accepted: bytes are (or will be) moving.</summary>
    public bool Running => Outgoing || Download is not null;

    /// <summary>Closes the source, or deletes an unfinished download.</summary>
    public void Close()
    {
        Source?.Dispose();
        Download?.Abandon();
    }
}
