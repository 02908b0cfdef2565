using SecureChat.Fuzz.Targets;
using SharpFuzz;

// Usage: SecureChat.Fuzz TARGET            run under afl-fuzz (in-process, persistent)
//        SecureChat.Fuzz TARGET FILE...    replay files once; exit 1 on the first crash
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    await Console.Error.WriteLineAsync($"usage: SecureChat.Fuzz {{{string.Join('|', FuzzTargets.All.Keys)}}} [FILE...]").ConfigureAwait(false);
    return 2;
}

if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
    {
        try
        {
            target(await File.ReadAllBytesAsync(file).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"{file}: {ex}").ConfigureAwait(false);
            return 1;
        }
    }

    Console.WriteLine($"{args.Length - 1} file(s) replayed on {args[0]}: no crash");
    return 0;
}

Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
