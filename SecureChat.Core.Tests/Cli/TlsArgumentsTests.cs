using SecureChat.Cli;
using SecureChat.Core.Tests.Integration;

namespace SecureChat.Core.Tests.Cli;

/// <summary><c>--ca-cert PATH</c>: read at parse time, only for a wss:// relay, and handed to the session.</summary>
public sealed class TlsArgumentsTests : IDisposable
{
    private readonly TestPki _pki = TestPki.Create();

    public void Dispose() => _pki.Dispose();

    [Fact]
    public void Parse_CaCertWithSecureRelay_LoadsTheCa()
    {
        Assert.True(CliArguments.TryParse(["--relay", "wss://relay.example", "--ca-cert", _pki.CaPath], null, out var options, out var error), error);

        var root = Assert.Single(options.TrustedRoots!);
        Assert.Equal("CN=SecureChat Test CA", root.Subject);
    }

    [Fact]
    public void Parse_CaCertInline_AndRelayFromEnvironment_Accepted()
    {
        Assert.True(CliArguments.TryParse([$"--ca-cert={_pki.CaPath}"], "wss://relay.example", out var options, out var error), error);

        Assert.NotNull(options.TrustedRoots);
    }

    [Fact]
    public void Parse_NoCaCert_LeavesTheSystemStore()
    {
        Assert.True(CliArguments.TryParse(["--relay", "wss://relay.example"], null, out var options, out _));

        Assert.Null(options.TrustedRoots);
    }

    [Fact]
    public void Parse_CaCertWithPlainRelay_IsAUsageError()
    {
        Assert.False(CliArguments.TryParse(["--ca-cert", _pki.CaPath], null, out _, out var error));

        Assert.Equal("--ca-cert is for a wss:// relay; ws://127.0.0.1:8765/ has no TLS.", error);
    }

    [Fact]
    public void Parse_CaCertMissing_IsAUsageErrorNamingTheFile()
    {
        var missing = Path.Combine(_pki.Folder, "absent.pem");

        Assert.False(CliArguments.TryParse(["--relay", "wss://relay.example", "--ca-cert", missing], null, out _, out var error));

        Assert.Equal($"--ca-cert: '{missing}' does not exist.", error);
    }

    [Fact]
    public void Parse_CaCertNotPem_IsAUsageError()
    {
        var key = _pki.IssueForLoopback().KeyPath;

        Assert.False(CliArguments.TryParse(["--relay", "wss://relay.example", "--ca-cert", key], null, out _, out var error));

        Assert.Equal($"--ca-cert: '{key}' holds no PEM certificate (-----BEGIN CERTIFICATE-----).", error);
    }

    [Fact]
    public void Parse_CaCertTwice_IsAUsageError()
    {
        Assert.False(CliArguments.TryParse(["--relay", "wss://r.example", "--ca-cert", _pki.CaPath, "--ca-cert", _pki.CaPath], null, out _, out var error));

        Assert.Equal("--ca-cert was given more than once.", error);
    }

    [Fact]
    public async Task Setup_CaCert_ReachesTheSessionOptions()
    {
        Assert.True(CliArguments.TryParse(["--legacy", "--room", "ABCD1234", "--relay", "wss://r.example", "--ca-cert", _pki.CaPath], null, out var options, out _));

        var session = await SessionSetup.ScriptedAsync(options, TextReader.Null, TextWriter.Null, TextWriter.Null);

        Assert.Same(options.TrustedRoots, session!.TrustedRoots);
    }

    [Fact]
    public void Help_DocumentsCaCert()
    {
        Assert.Contains("--ca-cert PATH", UsageText.Help, StringComparison.Ordinal);
    }
}
