using System.Globalization;
using System.Text;

namespace SecureChat.Files;

/// <summary>
/// Turns a name a peer offered into a base name that is safe to create in a downloads folder on Linux, macOS and
/// Windows. The peer is not trusted: both sides apply it (the sender before offering, the receiver again).
/// </summary>
public static class FileNames
{
    /// <summary>The name used when nothing usable is left.</summary>
    public const string Fallback = "download";

    /// <summary>
    /// The longest result in UTF-8 bytes: under the usual 255-byte file name limit with room for a " (99)" and a
    /// <c>.part</c> suffix (<see cref="DownloadFolder"/>).
    /// </summary>
    public const int MaxUtf8Bytes = 200;

    private const int MaxExtensionLength = 16;

    private static readonly string[] s_reservedStems =
    [
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    ];

    /// <summary>
    /// A safe base name for <paramref name="offered"/>: only the part after the last <c>/</c> or <c>\</c> (so
    /// <c>../../etc/passwd</c> gives <c>passwd</c>); control characters, bidirectional overrides and other invisible
    /// format characters removed; characters Windows forbids (<c>&lt;&gt;:"|?*</c>) replaced by <c>_</c>; leading dots
    /// and spaces removed (a received file is never hidden and never <c>.</c> or <c>..</c>), trailing dots and spaces
    /// removed (Windows drops them); Windows device names (<c>CON</c>, <c>nul.txt</c>, <c>COM1</c> …) prefixed with
    /// <c>_</c>; at most <see cref="MaxUtf8Bytes"/> UTF-8 bytes, keeping a short extension; never empty
    /// (<see cref="Fallback"/>). Applying it twice gives the same result.
    /// </summary>
    /// <param name="offered">The name as offered.</param>
    /// <returns>The safe base name.</returns>
    public static string SanitizeBaseName(string offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        var lastSeparator = offered.AsSpan().LastIndexOfAny('/', '\\');
        var baseName = offered.AsSpan(lastSeparator + 1);

        var kept = new StringBuilder(baseName.Length);
        foreach (var rune in baseName.EnumerateRunes())
        {
            if (IsInvisible(rune))
            {
                continue;
            }

            _ = rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? kept.Append('_') : kept.Append(rune.ToString());
        }

        var name = Trim(kept.ToString());
        name = Trim(Truncate(name));
        if (name.Length == 0)
        {
            return Fallback;
        }

        // The prefix is part of the name: truncate again, or a name at the cap would grow past it and a second pass
        // would cut it differently (not idempotent, so DownloadFolder.CreateUnique refuses it).
        return IsReserved(name) ? Trim(Truncate("_" + name)) : name;
    }

    /// <summary>Whether <paramref name="name"/> is exactly what <see cref="SanitizeBaseName"/> returns for it.</summary>
    /// <param name="name">A candidate base name.</param>
    public static bool IsSanitized(string name) => name is not null && SanitizeBaseName(name) == name;

    private static bool IsInvisible(Rune rune)
    {
        // Cc: C0/C1 controls (ESC, NUL, DEL …). Cf: bidi overrides and isolates, zero-width characters, BOM.
        // Zl/Zp: line and paragraph separators. Cs/Cn: lone surrogates arrive as U+FFFD; unassigned code points go too.
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
            || rune == Rune.ReplacementChar;
    }

    // Dots and white space of any kind at either end: a name never starts hidden nor ends where Windows would cut.
    private static string Trim(string name) => name.Trim().Trim('.').Trim() is var trimmed && trimmed.Length != name.Length ? Trim(trimmed) : name;

    private static string Truncate(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxUtf8Bytes)
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= MaxExtensionLength ? name[dot..] : string.Empty;
        var budget = MaxUtf8Bytes - Encoding.UTF8.GetByteCount(extension);
        var stem = new StringBuilder();
        foreach (var rune in name.AsSpan(0, name.Length - extension.Length).EnumerateRunes())
        {
            budget -= rune.Utf8SequenceLength;
            if (budget < 0)
            {
                break;
            }

            _ = stem.Append(rune.ToString());
        }

        return stem.Append(extension).ToString();
    }

    private static bool IsReserved(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = (dot < 0 ? name : name[..dot]).TrimEnd(' ');
        return s_reservedStems.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }
}
