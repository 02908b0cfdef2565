
using static SecureChat.Core.Tests.Integration.SessionEvents;

namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// The deployment of the spec's §8.2 on loopback: a real nginx running deploy/nginx/securechat.conf terminates TLS
/// with a certificate from a test CA and forwards plain WebSockets to the relay; clients trust only that CA.
/// </summary>
public sealed class NginxTlsTests : IAsyncLifetime
{
    private readonly TestPki _pki = TestPki.Create();
    private InProcessRelay _relay = null!;
    private NginxProcess _nginx = null!;

    private Uri Secure => new($"wss://127.0.0.1:{_nginx.Port}/");

    public async Task InitializeAsync()
    {
        _relay = await InProcessRelay.StartAsync();
        _nginx = await NginxProcess.StartAsync(_pki.IssueForLoopback(), [_relay.WebSocketUri]);
    }

    public async Task DisposeAsync()
    {
        await _nginx.DisposeAsync();
        await _relay.DisposeAsync();
        _pki.Dispose();
    }


    [Fact]
    public async Task Nginx_TwoSessionsTrustingOnlyTheCa_ChatThroughTlsTermination()
    {
        var roots = _pki.Roots();
        using var alice = new ChatSession(new ChatSessionOptions { RelayUri = Secure, TrustedRoots = roots, Room = "NGINXTLS01", Protocol = ProtocolMode.Legacy });
        using var bob = new ChatSession(new ChatSessionOptions { RelayUri = Secure, TrustedRoots = roots, Room = "NGINXTLS01", Protocol = ProtocolMode.Legacy });

        var (aliceSees, bobSees) = await ConnectAndChatBothWaysAsync(alice, bob, "through nginx", "and back");

        Assert.Equal(aliceSees.SafetyNumber, bobSees.SafetyNumber);
    }

    [Fact]
    public async Task Nginx_ClientWithoutTheCa_EndsWithAClearCertificateError()
    {
        using var stranger = new ChatSession(new ChatSessionOptions { RelayUri = Secure, Room = "NGINXTLS02", Protocol = ProtocolMode.Legacy });
        var end = First<Destroyed>(stranger);

        stranger.Start();
        var destroyed = await end;

        Assert.Equal(ErrorCode.ConnectFailed, destroyed.Reason);
        Assert.Contains("TLS certificate was rejected: untrusted root", destroyed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nginx_Healthz_IsForwardedOverTls()
    {
        var healthz = new Uri($"https://127.0.0.1:{_nginx.Port}/healthz");
        var validator = new SecureChat.Transport.RelayCertificateValidator(healthz, _pki.Roots());
        using var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) => validator.Validate(request, certificate, chain, errors);
        using var client = new HttpClient(handler);

        var body = await client.GetStringAsync(healthz).WaitAsync(Patience);

        Assert.Equal("ok\n", body);
    }
}
