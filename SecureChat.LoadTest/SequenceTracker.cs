namespace SecureChat.LoadTest;

/// <summary>
/// One receiving direction's bookkeeping: each sequence number must arrive exactly once and in order.
/// A frame that arrives after a higher number than its own counts as reordered.
/// </summary>
internal sealed class SequenceTracker(int messages)
{
    private readonly bool[] _seen = new bool[messages];
    private int _highest = -1;

    public int Received { get; private set; }

    public int Duplicated { get; private set; }

    public int Reordered { get; private set; }

    /// <summary>Frames with a number outside 0..M-1: counted with the misrouted ones.</summary>
    public int OutOfRange { get; private set; }

    public int Lost => messages - Received;

    /// <summary>Records one arrival; true if it was new (so it frees a slot in the sender's window).</summary>
    public bool Record(int sequence)
    {
        if ((uint)sequence >= (uint)_seen.Length)
        {
            OutOfRange++;
            return false;
        }

        if (_seen[sequence])
        {
            Duplicated++;
            return false;
        }

        _seen[sequence] = true;
        Received++;
        if (sequence < _highest)
        {
            Reordered++;
        }
        else
        {
            _highest = sequence;
        }

        return true;
    }
}
