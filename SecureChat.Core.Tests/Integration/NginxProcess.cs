using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SecureChat.Core.Tests.Docs;

namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// A real nginx (Debian's package; ./build.sh installs it) in the foreground, running deploy/nginx/securechat.conf
/// with its edit points rewritten for this test: a loopback port, the test's certificate, the given relays. Every
/// path nginx writes (pid, logs, temp files) is in a temporary folder. Disposing stops it and its workers.
/// </summary>
internal sealed class NginxProcess : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/nginx";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly Process _process;
    private readonly string _folder;

    private NginxProcess(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    /// <summary>The repository's template with its edit points replaced; fails if any of them moved.</summary>
    public static string SiteConfig(int port, TestPki.ServerFiles certificate, IEnumerable<Uri> relays)
    {
        var template = RepositoryFiles.Read("deploy/nginx/securechat.conf");
        var servers = string.Concat(relays.Select(static r => $"    server 127.0.0.1:{r.Port} max_fails=3 fail_timeout=10s;\n"));
        return template
            .Replace(Exactly(template, "    server 127.0.0.1:8765 max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:8766 max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:8767 max_fails=3 fail_timeout=10s;\n"), servers, StringComparison.Ordinal)
            .Replace(Exactly(template, "    listen 443 ssl;\n    listen [::]:443 ssl;\n"), $"    listen 127.0.0.1:{port} ssl;\n", StringComparison.Ordinal)
            .Replace(Exactly(template, "/etc/nginx/tls/securechat.crt;"), certificate.CertificatePath + ";", StringComparison.Ordinal)
            .Replace(Exactly(template, "/etc/nginx/tls/securechat.key;"), certificate.KeyPath + ";", StringComparison.Ordinal);
    }

    public static async Task<NginxProcess> StartAsync(TestPki.ServerFiles certificate, IEnumerable<Uri> relays)
    {
        Assert.True(File.Exists(Binary), $"{Binary} is missing: run ./build.sh (or apt-get install -y nginx).");
        var folder = Directory.CreateTempSubdirectory("securechat-nginx-").FullName;
        var port = FreePort();
        await File.WriteAllTextAsync(Path.Combine(folder, "securechat.conf"), SiteConfig(port, certificate, relays));
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log info;
            worker_processes 1;
            events { worker_connections 64; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/securechat.conf;
            }
            """);
        var start = new ProcessStartInfo(Binary)
        {
            ArgumentList = { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        var nginx = new NginxProcess(process, folder, port);
        try
        {
            await nginx.WaitUntilListeningAsync();
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }

        return nginx;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // A fast shutdown of master and workers; if that does not end it in time, the whole tree is killed.
            using var stop = Process.Start(new ProcessStartInfo(Binary)
            {
                ArgumentList = { "-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), "-e", Path.Combine(_folder, "error.log"), "-s", "stop" },
                UseShellExecute = false,
                RedirectStandardError = true,
            });
            using var patience = new CancellationTokenSource(Patience);
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                var stderr = await _process.StandardError.ReadToEndAsync();
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {stderr} {ErrorLog}");
            }

            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"nginx did not listen on {Port} within {Patience}: {ErrorLog}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Exactly(string template, string text)
    {
        Assert.True(template.Contains(text, StringComparison.Ordinal), $"deploy/nginx/securechat.conf no longer contains: {text}");
        return text;
    }
}
