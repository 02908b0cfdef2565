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

if (options.Pipe)
{
    // stdin and stdout carry the data; everything else goes to stderr.
    var pipeSetup = PipeSetup.Create(options, Environment.GetEnvironmentVariable(PipeCode.Variable), Console.Error);
    if (pipeSetup is null)
    {
        return ExitCodes.Usage;
    }

    using var pipeInvite = pipeSetup.Invite;
    using var pipeSession = new ChatSession(pipeSetup);
    using var pipeSignals = new QuitSignals(() => _ = pipeSession.Quit());
    // "securechat pipe join > dir.tar" typed at a terminal sends nothing: its direction ends at once, not at Ctrl+D.
    await using var stdin = Console.IsInputRedirected ? Console.OpenStandardInput() : Stream.Null;
    await using var stdout = Console.OpenStandardOutput();
    return await new PipeChat(pipeSession, stdin, stdout, Console.Error).RunAsync().ConfigureAwait(false);
}

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
using var files = setup.Protocol == ProtocolMode.Hardened ? new FileTransfers(session, options.DownloadsFolder, TimeProvider.System) : null;

return interactive
    ? await new InteractiveChat(console, session, new ChatScreen(console), options.Relay, files).RunAsync().ConfigureAwait(false)
    : await new ScriptedChat(session, input!, Console.Out, files, options.AcceptFiles).RunAsync().ConfigureAwait(false);
