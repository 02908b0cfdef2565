using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SecureChat.Cli;

/// <summary>
/// The file and pipe options: <c>--downloads DIR</c>, <c>--max-file-size SIZE</c> (bytes, or with a K, M or G
/// suffix in binary units) and <c>--chunk-interval MS</c>. Errors are values, like the rest of the parser.
/// </summary>
internal static class TransferArguments
{
    /// <summary>What the transfer options say; <see langword="null"/> where the default applies.</summary>
    internal sealed record Values(string? Downloads, long MaxFileSize, TimeSpan? ChunkInterval);

    /// <summary>Reads the transfer options out of the named values the parser collected.</summary>
    public static bool TryParse(
        IReadOnlyDictionary<string, string> values,
        bool pipe,
        bool legacy,
        [NotNullWhen(true)] out Values? result,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        result = null;
        if (pipe && legacy)
        {
            error = "'pipe' needs the hardened protocol; --legacy has no pipe.";
            return false;
        }

        var maxFileSize = CliOptions.DefaultMaxFileSize;
        if (values.TryGetValue("--max-file-size", out var sizeText) && !TryParseSize(sizeText, out maxFileSize))
        {
            error = $"--max-file-size: '{sizeText}' is not a size (bytes, or a number with K, M or G).";
            return false;
        }

        TimeSpan? interval = null;
        if (values.TryGetValue("--chunk-interval", out var intervalText))
        {
            if (!int.TryParse(intervalText, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) || ms > 10_000)
            {
                error = $"--chunk-interval: '{intervalText}' is not a number of milliseconds from 0 to 10000.";
                return false;
            }

            interval = TimeSpan.FromMilliseconds(ms);
        }

        if (legacy && (values.ContainsKey("--downloads") || values.ContainsKey("--max-file-size")))
        {
            error = "--downloads and --max-file-size are for hardened sessions; --legacy has no file transfer.";
            return false;
        }

        error = null;
        result = new Values(values.GetValueOrDefault("--downloads"), maxFileSize, interval);
        return true;
    }

    /// <summary>"1048576", "512K", "10M", "2G" (binary units, any case); a positive whole number of bytes.</summary>
    public static bool TryParseSize(string text, out long bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        bytes = 0;
        var (digits, shift) = text.Length > 0 ? char.ToUpperInvariant(text[^1]) switch
        {
            'K' => (text[..^1], 10),
            'M' => (text[..^1], 20),
            'G' => (text[..^1], 30),
            _ => (text, 0),
        } : (text, 0);
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0 || number > long.MaxValue >> shift)
        {
            return false;
        }

        bytes = number << shift;
        return true;
    }
}
