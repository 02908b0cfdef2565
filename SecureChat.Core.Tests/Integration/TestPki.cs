using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// A private CA made in the test, and server certificates it signs, written as PEM files into a temporary folder
/// (what docs/deploy.md makes with openssl).
/// </summary>
internal sealed class TestPki : IDisposable
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private readonly X509Certificate2 _ca;

    private TestPki(string name)
    {
        Folder = Directory.CreateTempSubdirectory("securechat-tls-").FullName;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        _ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddDays(30));
        CaPath = Path.Combine(Folder, "ca.pem");
        File.WriteAllText(CaPath, _ca.ExportCertificatePem());
    }

    /// <summary>The folder every file of this PKI is written to.</summary>
    public string Folder { get; }

    /// <summary>The CA certificate (public part only) as PEM: what <c>--ca-cert</c> names.</summary>
    public string CaPath { get; }

    public static TestPki Create(string name = "SecureChat Test CA") => new(name);

    /// <summary>The CA as the only root to trust.</summary>
    public X509Certificate2Collection Roots() => [X509CertificateLoader.LoadCertificate(_ca.RawData)];

    /// <summary>A server certificate for localhost and 127.0.0.1 valid now.</summary>
    public ServerFiles IssueForLoopback(string fileName = "server") =>
        Issue(fileName, ["localhost"], [IPAddress.Loopback], DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

    /// <summary>A server certificate with the given names and validity, as <c>NAME.pem</c> and <c>NAME.key</c>.</summary>
    public ServerFiles Issue(string fileName, string[] dnsNames, IPAddress[] addresses, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={(dnsNames.Length > 0 ? dnsNames[0] : addresses[0].ToString())}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var dns in dnsNames)
        {
            names.AddDnsName(dns);
        }

        foreach (var address in addresses)
        {
            names.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication)], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var certificate = request.Create(_ca, notBefore, notAfter, RandomNumberGenerator.GetBytes(16));
        var files = new ServerFiles(Path.Combine(Folder, fileName + ".pem"), Path.Combine(Folder, fileName + ".key"));
        File.WriteAllText(files.CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(files.KeyPath, key.ExportPkcs8PrivateKeyPem());
        return files;
    }

    public void Dispose()
    {
        _ca.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Where a server certificate and its private key were written.</summary>
    internal sealed record ServerFiles(string CertificatePath, string KeyPath);
}
