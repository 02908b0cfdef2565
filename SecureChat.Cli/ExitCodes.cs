namespace SecureChat.Cli;

/// <summary>The process exit codes; <see cref="UsageText"/> documents them.</summary>
internal static class ExitCodes
{
    /// <summary>The session ended in order: local quit, end of input, or the peer left.</summary>
    public const int Ok = 0;

    /// <summary>The session failed: relay unreachable, tampering, protocol error, lost connection.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The core decides what an orderly end is; this only maps it to a number.</summary>
    public static int From(Destroyed destroyed)
    {
        ArgumentNullException.ThrowIfNull(destroyed);
        return destroyed.IsOrderly ? Ok : Failure;
    }
}
