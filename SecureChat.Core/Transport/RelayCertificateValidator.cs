using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SecureChat.Transport;

/// <summary>
/// Decides whether to trust the relay's TLS certificate, and keeps in words why it did not. With trusted roots the
/// chain must end at one of them and at nothing else (<see cref="X509ChainTrustMode.CustomRootTrust"/>: the system
/// store is not consulted); without, the platform's own verdict against the system trust store stands. The host
/// name is checked either way. There is deliberately no way to accept a certificate that fails.
/// </summary>
internal sealed class RelayCertificateValidator
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private readonly string _host;
    private readonly X509Certificate2Collection? _trustedRoots;
    private string? _rejection;

    public RelayCertificateValidator(Uri relayUri, X509Certificate2Collection? trustedRoots)
    {
        ArgumentNullException.ThrowIfNull(relayUri);
        if (trustedRoots is { Count: 0 })
        {
            throw new ArgumentException("Trusting an empty set of roots would refuse every relay; pass null for the system store.", nameof(trustedRoots));
        }

        _host = relayUri.IdnHost;
        _trustedRoots = trustedRoots;
    }

    /// <summary>Why the last certificate was refused; <see langword="null"/> while none was.</summary>
    public string? Rejection => Volatile.Read(ref _rejection);

    /// <summary>A <see cref="RemoteCertificateValidationCallback"/>.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var problems = Problems(certificate as X509Certificate2, chain, errors);
        if (problems.Count == 0)
        {
            return true;
        }

        Volatile.Write(ref _rejection, $"the relay's TLS certificate was rejected: {string.Join("; ", problems)}");
        return false;
    }

    /// <summary>A socket that checks the relay's certificate with <see cref="Validate"/>.</summary>
    public System.Net.WebSockets.ClientWebSocket CreateSocket()
    {
        var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = Validate;
        return socket;
    }

    private List<string> Problems(X509Certificate2? leaf, X509Chain? chain, SslPolicyErrors errors)
    {
        if (leaf is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return ["the relay presented no certificate"];
        }

        List<string> problems = [];
        if (_trustedRoots is not null)
        {
            problems.AddRange(ChainProblems(leaf, BuildAgainstTrustedRoots(leaf, chain), "the CA certificate given to trust (--ca-cert)"));
        }
        else if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            problems.AddRange(chain is null
                ? ["untrusted root: no chain to a CA in the system trust store"]
                : ChainProblems(leaf, chain.ChainStatus, "a CA in the system trust store"));
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            problems.Add($"name mismatch: the certificate is for {NamesOf(leaf)}, not '{_host}'");
        }

        return problems;
    }

    private X509ChainStatus[] BuildAgainstTrustedRoots(X509Certificate2 leaf, X509Chain? presented)
    {
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_trustedRoots!);
        // A private CA publishes no revocation lists, and the client must not depend on reaching one.
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.ApplicationPolicy.Add(new Oid(ServerAuthentication));
        if (presented is not null)
        {
            // The intermediates the relay sent; trusted only if they lead to one of the custom roots.
            custom.ChainPolicy.ExtraStore.AddRange(presented.ChainPolicy.ExtraStore);
        }

        return custom.Build(leaf) ? [] : custom.ChainStatus;
    }

    private static IEnumerable<string> ChainProblems(X509Certificate2 leaf, X509ChainStatus[] statuses, string trustedWhat)
    {
        var flags = statuses.Aggregate(X509ChainStatusFlags.NoError, static (all, s) => all | s.Status);
        if ((flags & (X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain)) != 0)
        {
            yield return $"untrusted root: '{leaf.Issuer}' does not lead to {trustedWhat}";
        }

        if (flags.HasFlag(X509ChainStatusFlags.NotTimeValid))
        {
            var now = DateTime.Now;
            yield return leaf.NotAfter < now
                ? string.Create(CultureInfo.InvariantCulture, $"expired: the certificate was valid until {leaf.NotAfter.ToUniversalTime():u}")
                : leaf.NotBefore > now
                    ? string.Create(CultureInfo.InvariantCulture, $"not yet valid: the certificate is valid from {leaf.NotBefore.ToUniversalTime():u}")
                    : "expired: a CA certificate in its chain is outside its validity period";
        }

        if ((flags & (X509ChainStatusFlags.NotValidForUsage | X509ChainStatusFlags.InvalidExtension)) != 0)
        {
            yield return "not valid for TLS server authentication";
        }

        if (flags.HasFlag(X509ChainStatusFlags.Revoked))
        {
            yield return "revoked";
        }

        var described = X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain | X509ChainStatusFlags.NotTimeValid
            | X509ChainStatusFlags.NotValidForUsage | X509ChainStatusFlags.InvalidExtension | X509ChainStatusFlags.Revoked;
        foreach (var other in statuses.Where(s => (s.Status & ~described) != 0).Select(static s => s.StatusInformation.Trim()).Distinct())
        {
            yield return other;
        }
    }

    private static string NamesOf(X509Certificate2 leaf)
    {
        var names = leaf.Extensions.OfType<X509SubjectAlternativeNameExtension>()
            .SelectMany(static san => san.EnumerateDnsNames().Concat(san.EnumerateIPAddresses().Select(static ip => ip.ToString())))
            .ToList();
        return names.Count > 0 ? string.Join(", ", names.Select(static n => $"'{n}'")) : $"'{leaf.GetNameInfo(X509NameType.SimpleName, forIssuer: false)}'";
    }
}
