namespace SecureChat.Files;

/// <summary>
/// A file being received into a <see cref="DownloadFolder"/>: write to <see cref="Stream"/> (for example by passing it
/// to <c>ChatSession.AcceptFile</c>), then <see cref="Commit"/> after <see cref="FileCompleted"/> or
/// <see cref="Abandon"/> after <see cref="FileCancelled"/>. Disposing without committing abandons it.
/// </summary>
public sealed class PartialDownload : IDisposable
{
    private readonly DownloadFolder _folder;
    private readonly FileStream _stream;
    private bool _done;

    internal PartialDownload(DownloadFolder folder, FileStream stream, string partPath, string finalPath)
    {
        _folder = folder;
        _stream = stream;
        PartPath = partPath;
        FinalPath = finalPath;
    }

    /// <summary>The open <c>.part</c> file, for writing.</summary>
    public Stream Stream => _stream;

    /// <summary>Where the bytes are while the file is received.</summary>
    public string PartPath { get; }

    /// <summary>Where <see cref="Commit"/> will put the file (or put it: a later free name if this one was taken meanwhile).</summary>
    public string FinalPath { get; private set; }

    /// <summary>
    /// Flushes and closes the file and renames the <c>.part</c> to its final name without ever overwriting: if that
    /// name was taken in the meantime, the next free " (n)" name is used.
    /// </summary>
    /// <returns>The final path.</returns>
    /// <exception cref="InvalidOperationException">Already committed or abandoned.</exception>
    /// <exception cref="IOException">The folder became a link, or no free name was found.</exception>
    public string Commit()
    {
        if (_done)
        {
            throw new InvalidOperationException("The download was already committed or abandoned.");
        }

        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        _folder.CheckFolder();
        var name = System.IO.Path.GetFileName(FinalPath);
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var target = System.IO.Path.Combine(_folder.FullPath, attempt == 0 ? name : DownloadFolder.Candidate(name, attempt));
            if (DownloadFolder.IsOccupied(target))
            {
                continue;
            }

            try
            {
                File.Move(PartPath, target, overwrite: false);
                _done = true;
                FinalPath = target;
                return target;
            }
            catch (IOException) when (DownloadFolder.IsOccupied(target))
            {
                // Taken between the check and the move; next name.
            }
        }

        throw new IOException("No free name to commit the download to.");
    }

    /// <summary>Closes and deletes the <c>.part</c> file (a partial or unverified transfer). Does nothing after <see cref="Commit"/>.</summary>
    public void Abandon()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        _stream.Dispose();
        File.Delete(PartPath);
    }

    /// <summary>Abandons the download unless it was committed.</summary>
    public void Dispose() => Abandon();

    /// <inheritdoc />
    public override string ToString() => $"PartialDownload({System.IO.Path.GetFileName(PartPath)})";
}
