namespace SecureChat.Cli;

/// <summary>
/// Decides when a transfer's progress is worth showing (each further tenth, and the end) and measures its average
/// speed since the first bytes moved, on an injected clock.
/// </summary>
internal sealed class ProgressTracker(TimeProvider clock)
{
    private long _startedAt = -1;
    private int _shownTenth = -1;

    /// <summary>The average bytes per second so far.</summary>
    public double BytesPerSecond { get; private set; }

    /// <summary>Records <paramref name="transferred"/> bytes of <paramref name="total"/>; true when a new tenth (or the end) was reached.</summary>
    public bool Step(long transferred, long total)
    {
        var now = clock.GetTimestamp();
        if (_startedAt < 0)
        {
            _startedAt = now;
        }

        var seconds = clock.GetElapsedTime(_startedAt, now).TotalSeconds;
        BytesPerSecond = seconds > 0 ? transferred / seconds : 0;
        var tenth = ProgressText.Percent(transferred, total) / 10;
        if (tenth <= _shownTenth || (tenth == 0 && transferred < total))
        {
            return false;
        }

        _shownTenth = tenth;
        return true;
    }
}
