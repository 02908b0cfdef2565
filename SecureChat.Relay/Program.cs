using SecureChat.Relay;

await RelayServer.Build(args).RunAsync().ConfigureAwait(false);
