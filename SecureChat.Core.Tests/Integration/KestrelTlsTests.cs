using System.Net;
using Microsoft.AspNetCore.Hosting;
using SecureChat.Relay;

using static SecureChat.Core.Tests.Integration.SessionEvents;

namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// <c>wss://</c> straight from the relay's Kestrel with a PEM certificate from a test CA, configured the standard
/// way (<c>Kestrel:Certificates:Default:Path/KeyPath</c>), and the client's trust in only that CA.
/// </summary>
public sealed class KestrelTlsTests : IDisposable
{
    private readonly TestPki _pki = TestPki.Create();

    public void Dispose() => _pki.Dispose();

    private static string[] CertificateSettings(TestPki.ServerFiles files) =>
        [$"--Kestrel:Certificates:Default:Path={files.CertificatePath}", $"--Kestrel:Certificates:Default:KeyPath={files.KeyPath}"];


    [Fact]
    public async Task KestrelTls_HardenedSessionsTrustingOnlyTheCa_ChatBothWays()
    {
        await using var relay = await InProcessRelay.StartAsync("https://127.0.0.1:0", CertificateSettings(_pki.IssueForLoopback()));
        Assert.Equal("wss", relay.WebSocketUri.Scheme);
        using var invite = RoomInvite.Create();
        using var typed = Session.Hardened.Invites.CopyOf(invite);
        var roots = _pki.Roots();
        using var alice = new ChatSession(new ChatSessionOptions { RelayUri = relay.WebSocketUri, TrustedRoots = roots, Invite = invite, Role = InviteRole.Creator });
        using var bob = new ChatSession(new ChatSessionOptions { RelayUri = relay.WebSocketUri, TrustedRoots = roots, Invite = typed, Role = InviteRole.Joiner });
        var bothConnected = Task.WhenAll(First<Connected>(alice), First<Connected>(bob));
        var bobGets = First<MessageReceived>(bob);
        var aliceGets = First<MessageReceived>(alice);

        alice.Start();
        bob.Start();
        await bothConnected;
        alice.Send("over tls");
        bob.Send("and back");

        Assert.Equal("over tls", (await bobGets).Text);
        Assert.Equal("and back", (await aliceGets).Text);
    }

    [Fact]
    public async Task KestrelTls_ClientWithoutTheCa_EndsWithUntrustedRoot()
    {
        await using var relay = await InProcessRelay.StartAsync("https://127.0.0.1:0", CertificateSettings(_pki.IssueForLoopback()));

        var end = await DestroyedConnecting(relay.WebSocketUri, roots: null);

        Assert.Equal(ErrorCode.ConnectFailed, end.Reason);
        Assert.Contains("untrusted root", end.Message, StringComparison.Ordinal);
        Assert.Contains("system trust store", end.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KestrelTls_ClientTrustingAnotherCa_EndsWithUntrustedRoot()
    {
        await using var relay = await InProcessRelay.StartAsync("https://127.0.0.1:0", CertificateSettings(_pki.IssueForLoopback()));
        using var other = TestPki.Create("Some Other CA");

        var end = await DestroyedConnecting(relay.WebSocketUri, other.Roots());

        Assert.Equal(ErrorCode.ConnectFailed, end.Reason);
        Assert.Contains("untrusted root", end.Message, StringComparison.Ordinal);
        Assert.Contains("--ca-cert", end.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KestrelTls_CertificateForAnotherName_EndsWithNameMismatch()
    {
        var elsewhere = _pki.Issue("elsewhere", ["relay.example.org"], [], DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        await using var relay = await InProcessRelay.StartAsync("https://127.0.0.1:0", CertificateSettings(elsewhere));

        var end = await DestroyedConnecting(relay.WebSocketUri, _pki.Roots());

        Assert.Equal(ErrorCode.ConnectFailed, end.Reason);
        Assert.Contains("name mismatch", end.Message, StringComparison.Ordinal);
        Assert.Contains("relay.example.org", end.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("untrusted root", end.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KestrelTls_ExpiredCertificate_EndsWithExpired()
    {
        // The relay refuses to start with an expired file (see below), so this one is handed to Kestrel directly.
        var expired = _pki.Issue("expired", ["localhost"], [IPAddress.Loopback], DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(-1));
        using var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(expired.CertificatePath, expired.KeyPath);
        await using var relay = await InProcessRelay.StartAsync(
            "https://127.0.0.1:0",
            configure: builder => builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate)));

        var end = await DestroyedConnecting(relay.WebSocketUri, _pki.Roots());

        Assert.Equal(ErrorCode.ConnectFailed, end.Reason);
        Assert.Contains("expired", end.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KestrelTls_MissingCertificateFile_StopsTheRelayNamingSettingAndFile()
    {
        var missing = Path.Combine(_pki.Folder, "nowhere.pem");

        var error = Assert.Throws<RelayConfigurationException>(() => RelayServer.Build(
            ["--urls", "https://127.0.0.1:0", $"--Kestrel:Certificates:Default:Path={missing}", $"--Kestrel:Certificates:Default:KeyPath={missing}"]));

        Assert.Contains("Kestrel:Certificates:Default:Path", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KestrelTls_KeyOfAnotherCertificate_StopsTheRelay()
    {
        var first = _pki.IssueForLoopback("first");
        var second = _pki.IssueForLoopback("second");

        var error = Assert.Throws<RelayConfigurationException>(() => RelayServer.Build(
            ["--urls", "https://127.0.0.1:0", "--Kestrel:Endpoints:Https:Url=https://127.0.0.1:0",
                $"--Kestrel:Endpoints:Https:Certificate:Path={first.CertificatePath}", $"--Kestrel:Endpoints:Https:Certificate:KeyPath={second.KeyPath}"]));

        Assert.Contains("Kestrel:Endpoints:Https:Certificate", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a PEM certificate and its matching private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KestrelTls_NotPem_StopsTheRelay()
    {
        var garbage = Path.Combine(_pki.Folder, "garbage.pem");
        File.WriteAllText(garbage, "not a certificate\n");

        var error = Assert.Throws<RelayConfigurationException>(() => RelayServer.Build(
            ["--urls", "https://127.0.0.1:0", $"--Kestrel:Certificates:Default:Path={garbage}", $"--Kestrel:Certificates:Default:KeyPath={garbage}"]));

        Assert.Contains(garbage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KestrelTls_ExpiredFile_StopsTheRelay()
    {
        var expired = _pki.Issue("expired", ["localhost"], [], DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(-1));

        var error = Assert.Throws<RelayConfigurationException>(() => RelayServer.Build(
            ["--urls", "https://127.0.0.1:0", $"--Kestrel:Certificates:Default:Path={expired.CertificatePath}", $"--Kestrel:Certificates:Default:KeyPath={expired.KeyPath}"]));

        Assert.Contains("clients would refuse it", error.Message, StringComparison.Ordinal);
    }

    private static async Task<Destroyed> DestroyedConnecting(Uri relay, System.Security.Cryptography.X509Certificates.X509Certificate2Collection? roots)
    {
        using var session = new ChatSession(new ChatSessionOptions { RelayUri = relay, TrustedRoots = roots, Room = "TLSREFUSED1", Protocol = ProtocolMode.Legacy });
        var end = First<Destroyed>(session);
        session.Start();
        return await end;
    }
}
