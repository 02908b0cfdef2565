using System.Diagnostics;

namespace SecureChat.Relay.Tests.Support;

/// <summary>Ending the child processes tests start (relays, redis-server) the way a crash looks to their peers.</summary>
internal static class ChildProcess
{
    /// <summary>SIGKILL to the whole tree, then wait for the exit (bounded by <see cref="RelayClient.Patience"/>).</summary>
    public static async Task KillAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        using var patience = new CancellationTokenSource(RelayClient.Patience);
        await process.WaitForExitAsync(patience.Token);
    }
}
