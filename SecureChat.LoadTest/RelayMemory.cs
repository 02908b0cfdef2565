namespace SecureChat.LoadTest;

/// <summary>Reads a process's resident memory from <c>/proc/PID/status</c> (Linux only).</summary>
internal static class RelayMemory
{
    /// <summary>VmRSS and VmHWM (peak RSS) in kB, or nulls if the process or the file is not there.</summary>
    public static (long? RssKb, long? PeakKb) Read(int? pid)
    {
        if (pid is null)
        {
            return (null, null);
        }

        try
        {
            var lines = File.ReadAllLines($"/proc/{pid}/status");
            return (Field(lines, "VmRSS:"), Field(lines, "VmHWM:"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null);
        }
    }

    private static long? Field(string[] lines, string name)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        var digits = line?[name.Length..].Trim().Split(' ')[0];
        return long.TryParse(digits, out var kb) ? kb : null;
    }
}
