using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SecureChat.Transport;

/// <summary>
/// Trust for a relay whose <c>wss://</c> certificate comes from a private CA: load that CA's certificate and pass it
/// as <see cref="ChatSessionOptions.TrustedRoots"/>; the relay's certificate must then chain to it and to nothing else.
/// </summary>
public static class RelayTrust
{
    /// <summary>Reads every certificate in a PEM file (one CA, or several) to trust as the only roots.</summary>
    /// <param name="path">A file with one or more <c>-----BEGIN CERTIFICATE-----</c> blocks.</param>
    /// <param name="roots">The certificates, when this returns <see langword="true"/>; the caller disposes them.</param>
    /// <param name="error">What is wrong with the file, in one sentence, when this returns <see langword="false"/>.</param>
    /// <returns>Whether the file held at least one certificate.</returns>
    public static bool TryLoadPemFile(string path, [NotNullWhen(true)] out X509Certificate2Collection? roots, [NotNullWhen(false)] out string? error)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        roots = null;
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            error = $"'{full}' does not exist.";
            return false;
        }

        var loaded = new X509Certificate2Collection();
        try
        {
            loaded.ImportFromPemFile(full);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            error = $"'{full}' could not be read as PEM certificates: {e.Message}";
            return false;
        }

        if (loaded.Count == 0)
        {
            error = $"'{full}' holds no PEM certificate (-----BEGIN CERTIFICATE-----).";
            return false;
        }

        roots = loaded;
        error = null;
        return true;
    }
}
