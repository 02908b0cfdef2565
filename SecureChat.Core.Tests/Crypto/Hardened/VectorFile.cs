using System.Text.Json;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>Reads the published vectors copied to the output's Vectors folder (see Vectors/README.md).</summary>
internal static class VectorFile
{
    public static JsonElement Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vectors", fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    public static byte[] Hex(this JsonElement element, string property) =>
        Convert.FromHexString(element.GetProperty(property).GetString()!);
}
