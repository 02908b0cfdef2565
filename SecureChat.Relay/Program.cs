using SecureChat.Relay;

WebApplication relay;
try
{
    relay = RelayServer.Build(args);
}
catch (RelayConfigurationException e)
{
    // A configuration mistake is the operator's to fix: one sentence, not a stack trace.
    await Console.Error.WriteLineAsync($"securechat-relay: {e.Message}").ConfigureAwait(false);
    return 1;
}

await relay.RunAsync().ConfigureAwait(false);
return 0;
