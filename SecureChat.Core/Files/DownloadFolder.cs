namespace SecureChat.Files;

/// <summary>
/// Where received files are created, safely: a new file is always created (<see cref="FileMode.CreateNew"/>, which
/// never overwrites and never follows a link planted at the name), under a <c>.part</c> name until
/// <see cref="PartialDownload.Commit"/>, with " (1)", " (2)" … added when a name is taken. A folder that is itself a
/// symbolic link is refused.
/// </summary>
public sealed class DownloadFolder
{
    /// <summary>The suffix of a file still being received.</summary>
    public const string PartSuffix = ".part";

    private const int MaxAttempts = 1000;

    /// <summary>Uses <paramref name="path"/> as the downloads folder; it is checked on every <see cref="CreateUnique"/>.</summary>
    /// <param name="path">The folder; made absolute against the current directory.</param>
    public DownloadFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FullPath = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The folder's absolute path.</summary>
    public string FullPath { get; }

    /// <summary>
    /// Creates a new, empty <c>.part</c> file for <paramref name="sanitizedName"/> (readable and writable by the owner
    /// only, on Unix) and returns it open for writing. The first free name among <c>name</c>, <c>name (1)</c> …
    /// <c>name (999)</c> wins; a name is free when neither it nor its <c>.part</c> exists in any form (file, folder or
    /// link, dangling included).
    /// </summary>
    /// <param name="sanitizedName">A name as <see cref="FileNames.SanitizeBaseName"/> returns it.</param>
    /// <returns>The open partial file.</returns>
    /// <exception cref="ArgumentException"><paramref name="sanitizedName"/> is not a sanitised base name.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">The folder is a symbolic link, or no free name was found.</exception>
    public PartialDownload CreateUnique(string sanitizedName)
    {
        ArgumentNullException.ThrowIfNull(sanitizedName);
        if (!FileNames.IsSanitized(sanitizedName))
        {
            throw new ArgumentException("Pass a name from FileNames.SanitizeBaseName.", nameof(sanitizedName));
        }

        CheckFolder();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var finalPath = System.IO.Path.Combine(FullPath, Candidate(sanitizedName, attempt));
            var partPath = finalPath + PartSuffix;
            if (IsOccupied(finalPath) || IsOccupied(partPath))
            {
                continue;
            }

            try
            {
                return new PartialDownload(this, new FileStream(partPath, CreateOptions()), partPath, finalPath);
            }
            catch (IOException) when (IsOccupied(partPath))
            {
                // Taken between the check and the create (or a link planted there): CreateNew refused it; next name.
            }
        }

        throw new IOException($"No free name for {sanitizedName} in the downloads folder after {MaxAttempts} tries.");
    }

    /// <summary>The name for the <paramref name="attempt"/>-th try: "name.ext", then "name (1).ext" ….</summary>
    internal static string Candidate(string name, int attempt)
    {
        if (attempt == 0)
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        return dot > 0 ? $"{name[..dot]} ({attempt}){name[dot..]}" : $"{name} ({attempt})";
    }

    /// <summary>Whether anything is at <paramref name="path"/>: a file, a folder, or a link (a dangling one too).</summary>
    internal static bool IsOccupied(string path) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    internal void CheckFolder()
    {
        var folder = new DirectoryInfo(FullPath);
        if (folder.LinkTarget is not null)
        {
            throw new IOException("The downloads folder is a symbolic link; refusing to write through it.");
        }

        if (!folder.Exists)
        {
            throw new DirectoryNotFoundException("The downloads folder does not exist.");
        }
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
