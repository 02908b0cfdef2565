using SecureChat;
using SecureChat.Cli;
using Spectre.Console;

// Wiring only: parse, pick the mode, run. Everything else lives in its own type.
if (!CliArguments.TryParse(args, Environment.GetEnvironmentVariable(CliArguments.RelayVariable), out var options, out var error))
{
    await Console.Error.WriteLineAsync($"securechat: {error}\nTry 'securechat --help'.").ConfigureAwait(false);
    return ExitCodes.Usage;
}

if (options.ShowHelp)
{
    await Console.Out.WriteLineAsync(UsageText.Help).ConfigureAwait(false);
    return ExitCodes.Ok;
}

if (options.ShowVersion)
{
    await Console.Out.WriteLineAsync(UsageText.Version).ConfigureAwait(false);
    return ExitCodes.Ok;
}

// Before any secret exists in this process.
CoreDumps.Disable();

var interactive = !Console.IsInputRedirected;
if (!interactive && options.Room is null)
{
    await Console.Error.WriteLineAsync("securechat: --room is required when input is redirected.\nTry 'securechat --help'.").ConfigureAwait(false);
    return ExitCodes.Usage;
}

var console = AnsiConsole.Console;
var room = options.Room ?? new RoomPrompt(console).Ask();
using var session = new ChatSession(new ChatSessionOptions { RelayUri = options.Relay, Room = room, Protocol = ProtocolMode.Legacy });
using var signals = new QuitSignals(() => _ = session.Quit());

if (interactive)
{
    return await new InteractiveChat(console, session, new ChatScreen(console)).RunAsync().ConfigureAwait(false);
}

using var input = new StreamReader(Console.OpenStandardInput());
return await new ScriptedChat(session, input, Console.Out).RunAsync().ConfigureAwait(false);
