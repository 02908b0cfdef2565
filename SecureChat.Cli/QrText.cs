using System.Text;
using QRCoder;

namespace SecureChat.Cli;

/// <summary>
/// Draws a QR code with Unicode half blocks, two module rows per text row, like <c>qrencode -t UTF8</c>: light
/// modules (and the four-module quiet zone) are ink, dark modules are blank, which reads right on the usual
/// dark terminal background. Plain characters only, so it survives NO_COLOR and copy-paste.
/// </summary>
internal static class QrText
{
    private const char Both = '█';
    private const char Upper = '▀';
    private const char Lower = '▄';
    private const char Neither = ' ';

    /// <summary>The module matrix (quiet zone included; <see langword="true"/> is dark) for <paramref name="text"/>.</summary>
    public static bool[,] Modules(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        var modules = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                modules[y, x] = data.ModuleMatrix[y][x];
            }
        }

        return modules;
    }

    /// <summary>The rows of text that draw <paramref name="text"/> as a QR code.</summary>
    public static IReadOnlyList<string> Render(string text)
    {
        var modules = Modules(text);
        var size = modules.GetLength(0);
        var rows = new List<string>((size + 1) / 2);
        var row = new StringBuilder(size);
        for (var y = 0; y < size; y += 2)
        {
            row.Clear();
            for (var x = 0; x < size; x++)
            {
                // Past the last row counts as light, like the quiet zone around it.
                var top = !modules[y, x];
                var bottom = y + 1 >= size || !modules[y + 1, x];
                row.Append((top, bottom) switch
                {
                    (true, true) => Both,
                    (true, false) => Upper,
                    (false, true) => Lower,
                    _ => Neither,
                });
            }

            rows.Add(row.ToString());
        }

        return rows;
    }
}
