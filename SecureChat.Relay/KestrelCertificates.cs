using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SecureChat.Relay;

/// <summary>
/// Loads, before the host is built, every certificate file named in Kestrel's own configuration
/// (<c>Kestrel:Certificates:Default</c>, <c>Kestrel:Endpoints:NAME:Certificate</c>), so that a missing, unreadable,
/// mismatched or expired certificate stops the relay with one sentence naming the setting and the file, instead of
/// a stack trace from deep inside Kestrel once it starts listening.
/// </summary>
internal static class KestrelCertificates
{
    /// <summary>Throws <see cref="RelayConfigurationException"/> for the first certificate that cannot serve TLS.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="contentRoot">What Kestrel resolves relative paths against (here: the relay's own folder).</param>
    public static void ThrowIfUnusable(IConfiguration configuration, string contentRoot)
    {
        var kestrel = configuration.GetSection("Kestrel");
        var sections = kestrel.GetSection("Certificates").GetChildren()
            .Concat(kestrel.GetSection("Endpoints").GetChildren().Select(static e => e.GetSection("Certificate")));
        foreach (var section in sections.Where(static s => !string.IsNullOrEmpty(s["Path"])))
        {
            Check(section, contentRoot);
        }
    }

    private static void Check(IConfigurationSection section, string contentRoot)
    {
        var certPath = Path.GetFullPath(section["Path"]!, contentRoot);
        var keyPath = string.IsNullOrEmpty(section["KeyPath"]) ? null : Path.GetFullPath(section["KeyPath"]!, contentRoot);
        var password = section["Password"];
        foreach (var (setting, file) in new[] { ("Path", certPath), ("KeyPath", keyPath) })
        {
            if (file is not null && !File.Exists(file))
            {
                throw new RelayConfigurationException($"{section.Path}:{setting}: '{file}' does not exist (relative paths are resolved against '{contentRoot}').");
            }
        }

        X509Certificate2 certificate;
        try
        {
            certificate = keyPath is null ? X509CertificateLoader.LoadPkcs12FromFile(certPath, password)
                : password is null ? X509Certificate2.CreateFromPemFile(certPath, keyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(certPath, password, keyPath);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            var what = keyPath is null
                ? $"'{certPath}' is not a PKCS#12 file with its key (for PEM set {section.Path}:KeyPath too)"
                : $"'{certPath}' and '{keyPath}' are not a PEM certificate and its matching private key";
            throw new RelayConfigurationException($"{section.Path}: {what}: {e.Message}", e);
        }

        using (certificate)
        {
            var now = DateTime.Now;
            if (certificate.NotAfter < now || certificate.NotBefore > now)
            {
                throw new RelayConfigurationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{section.Path}: '{certPath}' is valid only from {certificate.NotBefore.ToUniversalTime():u} to {certificate.NotAfter.ToUniversalTime():u}; clients would refuse it."));
            }
        }
    }
}
