using System.Runtime.InteropServices;

namespace SecureChat.Cli;

/// <summary>
/// Keeps this process out of core dumps: a crash must not write keys or plaintext to disk. Linux only;
/// elsewhere it does nothing (the guarded key allocations are excluded from dumps on their own).
/// </summary>
internal static partial class CoreDumps
{
    private const int PrSetDumpable = 4;
    private const int RlimitCore = 4;

    /// <summary>Turns core dumps off; returns whether both the dumpable flag and the size limit were set.</summary>
    public static bool Disable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var limit = new RLimit(0, 0);
        return prctl(PrSetDumpable, 0, 0, 0, 0) == 0 & setrlimit(RlimitCore, in limit) == 0;
    }

    /// <summary>Whether the kernel considers this process dumpable (for the test).</summary>
    internal static bool IsDumpable() => OperatingSystem.IsLinux() && prctl(3 /* PR_GET_DUMPABLE */, 0, 0, 0, 0) == 1;

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct RLimit(ulong Current, ulong Maximum);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int setrlimit(int resource, in RLimit limit);
}
