using SecureChat;
using SecureChat.Cli;

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
var console = TerminalConsole.Create(TerminalConsole.NoColor(options.NoColor, Environment.GetEnvironmentVariable(TerminalConsole.NoColorVariable)));
using var input = interactive ? null : new StreamReader(Console.OpenStandardInput());
var setup = interactive
    ? SessionSetup.Interactive(options, console)
    : await SessionSetup.ScriptedAsync(options, input!, Console.Out, Console.Error).ConfigureAwait(false);
if (setup is null)
{
    return ExitCodes.Usage;
}

using var invite = setup.Invite;
using var session = new ChatSession(setup);
using var signals = new QuitSignals(() => _ = session.Quit());

return interactive
    ? await new InteractiveChat(console, session, new ChatScreen(console), options.Relay).RunAsync().ConfigureAwait(false)
    : await new ScriptedChat(session, input!, Console.Out).RunAsync().ConfigureAwait(false);
