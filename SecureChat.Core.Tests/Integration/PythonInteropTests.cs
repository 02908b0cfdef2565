namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// A client written from the specification alone in Python (PyNaCl + websockets, interop/python/spec_client.py)
/// chats with the real <c>securechat</c> executable through the real relay, with no change on either side.
/// Needs Debian's python3-nacl and python3-websockets, which build.sh installs when missing.
/// </summary>
public sealed class PythonInteropTests : RelayIntegrationTest
{
    [Fact]
    public async Task PythonSpecClient_ChatsWithTheCli_BothWays()
    {
        var script = Docs.RepositoryFiles.PathOf("interop/python/spec_client.py");
        await using var python = LineProcess.Start("/usr/bin/python3", script, Relay.WebSocketUri.ToString(), "PYINTEROP1");
        await using var cli = LineProcess.Start("dotnet", CliProcessTests.CliDll, "--relay", Relay.WebSocketUri.ToString(), "--legacy", "--room", "PYINTEROP1");

        await python.WaitForLineAsync(l => l.StartsWith("CONNECTED ", StringComparison.Ordinal));
        await cli.WaitForLineAsync(l => l.StartsWith("CONNECTED ", StringComparison.Ordinal));

        await python.WriteLineAsync("from python");
        await cli.WaitForLineAsync(l => l == "MSG from python");
        await cli.WriteLineAsync("from dotnet");
        await python.WaitForLineAsync(l => l == "MSG from dotnet");

        cli.CloseInput();
        Assert.Equal(0, await cli.WaitForExitAsync());
        await python.WaitForLineAsync(l => l == "PEER_LEFT");
    }
}
