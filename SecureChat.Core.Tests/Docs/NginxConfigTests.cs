namespace SecureChat.Core.Tests.Docs;

/// <summary>The Kubernetes nginx configuration stays the tested one, bar its header, upstream and listen lines.</summary>
public sealed class NginxConfigTests
{
    [Fact]
    public void NginxConfig_Kubernetes_DiffersFromTheTestedFileOnlyWhereItMust()
    {
        var tested = Body(RepositoryFiles.Read("deploy/nginx/securechat.conf"))
            .Replace(
                "    least_conn;\n    # EDIT: one line per relay instance (plain HTTP; on loopback or a private network only).\n"
                    + "    server 127.0.0.1:8765 max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:8766 max_fails=3 fail_timeout=10s;\n"
                    + "    server 127.0.0.1:8767 max_fails=3 fail_timeout=10s;\n",
                "    # The relay Service: Kubernetes spreads connections over its ready pods (a draining pod is not ready).\n"
                    + "    server securechat-relay:8765 max_fails=3 fail_timeout=10s;\n",
                StringComparison.Ordinal)
            .Replace(
                "    listen 443 ssl;\n    listen [::]:443 ssl;\n",
                "    # IPv4 only: a pod may have no IPv6, and nginx will not start on an address family it lacks.\n    listen 443 ssl;\n",
                StringComparison.Ordinal);

        Assert.Equal(tested, Body(RepositoryFiles.Read("deploy/k8s/nginx.conf")));
    }

    [Fact]
    public void NginxConfig_Kubernetes_MountsWhatTheConfigNames()
    {
        var conf = RepositoryFiles.Read("deploy/k8s/nginx.conf");
        var manifest = RepositoryFiles.Read("deploy/k8s/nginx.yaml");

        Assert.Contains("ssl_certificate     /etc/nginx/tls/securechat.crt;", conf, StringComparison.Ordinal);
        Assert.Contains("mountPath: /etc/nginx/tls", manifest, StringComparison.Ordinal);
        Assert.Contains("{ key: tls.crt, path: securechat.crt }", manifest, StringComparison.Ordinal);
        Assert.Contains("{ key: tls.key, path: securechat.key }", manifest, StringComparison.Ordinal);
    }

    // Everything after the leading comment block.
    private static string Body(string conf)
    {
        var lines = conf.Split('\n');
        return string.Join('\n', lines.SkipWhile(static l => l.StartsWith('#') || l.Length == 0));
    }
}
