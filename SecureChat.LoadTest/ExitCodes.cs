namespace SecureChat.LoadTest;

/// <summary>What the process exit code means to a script.</summary>
internal static class ExitCodes
{
    /// <summary>Every frame arrived exactly once, in order, from the right peer; no errors.</summary>
    public const int Ok = 0;

    /// <summary>The run finished but something was lost, duplicated, misrouted, failed or timed out.</summary>
    public const int Failed = 1;

    /// <summary>The command line could not be understood.</summary>
    public const int Usage = 2;
}
