using System.Runtime.InteropServices;

namespace SecureChat.Cli;

/// <summary>
/// Turns Ctrl+C, SIGTERM and SIGHUP into an orderly quit: the process stays alive long enough for the session to
/// close the relay connection and wipe its keys, then exits through the normal path.
/// </summary>
internal sealed class QuitSignals : IDisposable
{
    private readonly Action _quit;
    private readonly PosixSignalRegistration _term;
    private readonly PosixSignalRegistration _hangUp;
    private int _presses;

    public QuitSignals(Action quit)
    {
        _quit = quit;
        Console.CancelKeyPress += OnCancelKeyPress;
        _term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        _hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _term.Dispose();
        _hangUp.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        // A second Ctrl+C while the close is under way is taken as "now": the default termination proceeds.
        e.Cancel = Interlocked.Increment(ref _presses) == 1;
        _quit();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        _quit();
    }
}
