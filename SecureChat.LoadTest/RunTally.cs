namespace SecureChat.LoadTest;

/// <summary>Counters shared by every connection of a run; the first error's text is kept for the report.</summary>
internal sealed class RunTally
{
    private int _errors;
    private int _misrouted;
    private int _timedOut;
    private string? _firstError;

    public int Errors => Volatile.Read(ref _errors);

    public int Misrouted => Volatile.Read(ref _misrouted);

    public bool TimedOut => Volatile.Read(ref _timedOut) != 0;

    public string? FirstError => Volatile.Read(ref _firstError);

    public void Error(string what)
    {
        Interlocked.Increment(ref _errors);
        Interlocked.CompareExchange(ref _firstError, what, null);
    }

    public void Misroute() => Interlocked.Increment(ref _misrouted);

    public void TimeOut() => Interlocked.Exchange(ref _timedOut, 1);
}
