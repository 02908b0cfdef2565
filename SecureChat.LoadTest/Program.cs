using SecureChat.LoadTest;

// Wiring only: parse, run the chosen mode, print one JSON line, exit 0 only for a clean run.
var parsed = LoadTestArguments.Parse(args);
if (parsed.Error is not null)
{
    await Console.Error.WriteLineAsync(parsed.Error).ConfigureAwait(false);
    await Console.Error.WriteLineAsync(UsageText.Text).ConfigureAwait(false);
    return ExitCodes.Usage;
}

if (parsed.Options is null)
{
    await Console.Out.WriteLineAsync(UsageText.Text).ConfigureAwait(false);
    return ExitCodes.Ok;
}

var options = parsed.Options;
using var overall = new CancellationTokenSource(options.Timeout);
if (options.HoldConnections > 0)
{
    var hold = await HoldRun.RunAsync(options, overall.Token).ConfigureAwait(false);
    await Console.Out.WriteLineAsync(ReportWriter.ToJson(hold)).ConfigureAwait(false);
    return hold.IsClean ? ExitCodes.Ok : ExitCodes.Failed;
}

var flow = await FlowRun.RunAsync(options, overall.Token).ConfigureAwait(false);
await Console.Out.WriteLineAsync(ReportWriter.ToJson(flow)).ConfigureAwait(false);
return flow.IsClean ? ExitCodes.Ok : ExitCodes.Failed;
