using SecureChat.Files;

namespace SecureChat.Cli;

/// <summary>
/// The CLI's side of file transfer: opens what <c>/send</c> names, saves accepted files through the core's
/// <see cref="DownloadFolder"/> (a <c>.part</c> until the core verified the hash, then committed; abandoned on
/// cancel, failure or session end) and remembers open transfers so an id may be typed short or left out.
/// Thread-safe; never holds its own lock while calling the session (whose events arrive under the session's lock).
/// </summary>
internal sealed class FileTransfers(ChatSession session, string downloads, TimeProvider clock) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FileTransfer> _open = [];

    // Outgoing transfers that ended before SendFile returned their id (the session was not connected).
    private readonly HashSet<FileTransferId> _endedEarly = [];
    private TaskCompletionSource? _idle;
    private bool _closed;

    /// <summary>Completes when no transfer is running (offers not yet accepted do not count).</summary>
    public Task Idle()
    {
        lock (_gate)
        {
            if (!_open.Exists(static t => t.Running))
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }

    /// <summary><c>/send PATH</c>: offers the file; the core hashes it as it goes.</summary>
    public FileCommandResult Send(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return FileCommandResult.Failed("Say which file: /send PATH.");
        }

        var full = Path.GetFullPath(ExpandHome(path));
        if (Directory.Exists(full))
        {
            return FileCommandResult.Failed($"{full} is a folder; only single files can be sent.");
        }

        if (!File.Exists(full))
        {
            return FileCommandResult.Failed($"No such file: {full}.");
        }

        FileStream source;
        try
        {
            source = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileCommandResult.Failed($"Cannot read {full}: {e.Message}");
        }

        // Shown as the peer will see it: the core sends only the sanitised base name.
        var name = FileNames.SanitizeBaseName(Path.GetFileName(full));
        var size = source.Length;
        var id = session.SendFile(name, size, source);
        lock (_gate)
        {
            if (_endedEarly.Remove(id) || _closed)
            {
                source.Dispose();
                return FileCommandResult.Failed("Not connected: the file was not offered.");
            }

            _open.Add(new FileTransfer(id, name, size, outgoing: true, new ProgressTracker(clock)) { Source = source, SourcePath = full });
        }

        return new FileCommandResult("SENDING", id, name, size);
    }

    /// <summary><c>/accept [id]</c>: creates the <c>.part</c> file and lets the bytes come.</summary>
    public FileCommandResult Accept(string? id)
    {
        PartialDownload download;
        FileTransfer transfer;
        lock (_gate)
        {
            if (Find(id, static t => !t.Outgoing && t.Download is null) is not { } found)
            {
                return FileCommandResult.Failed(NotFound(id, "offer"));
            }

            transfer = found;
            try
            {
                var folder = new DownloadFolder(downloads);
                CreateFolder(folder.FullPath);
                download = folder.CreateUnique(transfer.Name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return FileCommandResult.Failed($"Cannot save into {downloads}: {e.Message}");
            }

            transfer.Download = download;
        }

        if (!session.AcceptFile(transfer.Id, download.Stream))
        {
            lock (_gate)
            {
                _ = _open.Remove(transfer);
                transfer.Close();
                SignalIdle();
            }

            return FileCommandResult.Failed($"The offer of {transfer.Name} is no longer open.");
        }

        return new FileCommandResult("ACCEPTED", transfer.Id, transfer.Name, transfer.Size);
    }

    /// <summary><c>/decline [id]</c>: refuses an offer.</summary>
    public FileCommandResult Decline(string? id)
    {
        FileTransfer? transfer;
        lock (_gate)
        {
            transfer = Find(id, static t => !t.Outgoing && t.Download is null);
            if (transfer is null)
            {
                return FileCommandResult.Failed(NotFound(id, "offer"));
            }

            _ = _open.Remove(transfer);
        }

        _ = session.DeclineFile(transfer.Id);
        return new FileCommandResult("DECLINED", transfer.Id, transfer.Name, transfer.Size);
    }

    /// <summary><c>/cancel [id]</c>: stops a transfer on both sides; the core reports it as <see cref="FileCancelled"/>.</summary>
    public FileCommandResult Cancel(string? id)
    {
        FileTransfer? transfer;
        lock (_gate)
        {
            transfer = Find(id, static _ => true);
        }

        if (transfer is null)
        {
            return FileCommandResult.Failed(NotFound(id, "transfer"));
        }

        return session.CancelFile(transfer.Id)
            ? new FileCommandResult("CANCELLING", transfer.Id, transfer.Name, transfer.Size)
            : FileCommandResult.Failed($"The transfer of {transfer.Name} is no longer open.");
    }

    /// <summary>Keeps the books for a session event; <see langword="null"/> for events that are not about files.</summary>
    public FileUpdate? Observe(ChatEvent chatEvent)
    {
        ArgumentNullException.ThrowIfNull(chatEvent);
        lock (_gate)
        {
            switch (chatEvent)
            {
                case FileOffered e:
                    _open.Add(new FileTransfer(e.Id, e.Name, e.Size, outgoing: false, new ProgressTracker(clock)));
                    return new FileUpdate(e.Name);
                case FileProgress e when Get(e.Id) is { } transfer:
                    return new FileUpdate(
                        transfer.Name,
                        Progress: transfer.Progress.Step(e.Transferred, e.Total) ? ProgressText.Format(e.Transferred, e.Total, transfer.Progress.BytesPerSecond) : null,
                        BytesPerSecond: transfer.Progress.BytesPerSecond);
                case FileCompleted e when Get(e.Id) is { } transfer:
                    return Complete(transfer);
                case FileCancelled e:
                    return End(e.Id);
                case FileDeclined e:
                    return End(e.Id);
                case Destroyed:
                    CloseAll();
                    return null;
                default:
                    return null;
            }
        }
    }

    /// <summary>Abandons every unfinished download and closes every source.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            CloseAll();
        }
    }

    private FileUpdate Complete(FileTransfer transfer)
    {
        _ = _open.Remove(transfer);
        SignalIdle();
        if (transfer.Outgoing)
        {
            transfer.Close();
            return new FileUpdate(transfer.Name, SavedPath: transfer.SourcePath);
        }

        try
        {
            return new FileUpdate(transfer.Name, SavedPath: transfer.Download!.Commit());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            transfer.Close();
            return new FileUpdate(transfer.Name, Failure: e.Message);
        }
    }

    private FileUpdate End(FileTransferId id)
    {
        if (Get(id) is not { } transfer)
        {
            // SendFile has not returned yet (or the id is not ours): remember it, so the source is closed there.
            _ = _endedEarly.Add(id);
            return new FileUpdate(id.ShortText);
        }

        _ = _open.Remove(transfer);
        transfer.Close();
        SignalIdle();
        return new FileUpdate(transfer.Name);
    }

    private void CloseAll()
    {
        _closed = true;
        foreach (var transfer in _open)
        {
            transfer.Close();
        }

        _open.Clear();
        SignalIdle();
    }

    private void SignalIdle()
    {
        if (_idle is not null && !_open.Exists(static t => t.Running))
        {
            _idle.TrySetResult();
            _idle = null;
        }
    }

    private FileTransfer? Get(FileTransferId id) => _open.Find(t => t.Id == id);

    // No id: the latest that qualifies. An id: the one whose hex starts with it (at least 4 digits, and unique).
    private FileTransfer? Find(string? id, Predicate<FileTransfer> qualifies)
    {
        if (id is null)
        {
            return _open.FindLast(qualifies);
        }

        var text = id.Trim().ToLowerInvariant();
        var matches = text.Length >= 4 ? _open.FindAll(t => qualifies(t) && t.Id.ToString().StartsWith(text, StringComparison.Ordinal)) : [];
        return matches.Count == 1 ? matches[0] : null;
    }

    private static string NotFound(string? id, string what) =>
        id is null ? $"There is no open {what}." : $"No single open {what} has the id {id} (type at least 4 of its hex digits).";

    private static void CreateFolder(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            _ = Directory.CreateDirectory(path);
        }
        else
        {
            _ = Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static string ExpandHome(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path[1..]
            : path;
}
