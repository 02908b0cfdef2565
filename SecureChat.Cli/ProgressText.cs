using System.Globalization;

namespace SecureChat.Cli;

/// <summary>
/// A transfer's progress as compact text for a notice or a status line (Spectre's progress widget would fight the
/// line editor): <c>[####......]  40%  1.2 MiB of 3.0 MiB  850.0 KiB/s</c>.
/// </summary>
internal static class ProgressText
{
    /// <summary>The cells of the bar.</summary>
    public const int BarWidth = 10;

    /// <summary>The whole progress text.</summary>
    public static string Format(long transferred, long total, double bytesPerSecond) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Bar(transferred, total)} {Percent(transferred, total),3}%  {Bytes(transferred)} of {Bytes(total)}  {Bytes((long)Math.Max(0, bytesPerSecond))}/s");

    /// <summary>Whole percent, 0 to 100; an empty transfer is complete.</summary>
    public static int Percent(long transferred, long total) =>
        total <= 0 ? 100 : (int)Math.Clamp(transferred * 100 / total, 0, 100);

    /// <summary><c>[####......]</c>, one cell per tenth.</summary>
    public static string Bar(long transferred, long total)
    {
        var filled = Percent(transferred, total) * BarWidth / 100;
        return $"[{new string('#', filled)}{new string('.', BarWidth - filled)}]";
    }

    /// <summary>A size in binary units: <c>512 B</c>, <c>1.5 KiB</c>, <c>3.0 MiB</c>, <c>2.0 GiB</c>.</summary>
    public static string Bytes(long bytes)
    {
        string[] units = ["KiB", "MiB", "GiB", "TiB"];
        if (bytes < 1024)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{bytes} B");
        }

        var value = (double)bytes;
        var unit = -1;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.0} {units[unit]}");
    }
}
