using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SecureChat.Benchmarks;

/// <summary>The facts about the host that go on the results page, read when the run ends.</summary>
internal sealed record Machine(string CpuModel, string CpuLayout, int LogicalCores, string Runtime, string Os)
{
    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown": how busy the shared VM was.</summary>
    public static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? $"{fields[0]} / {fields[1]} / {fields[2]}" : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public static Machine Describe()
    {
        var lscpu = ReadLscpu();
        string Field(string name) => lscpu.TryGetValue(name, out var value) ? value : "unknown";
        var layout = $"{Field("Socket(s)")} socket(s) × {Field("Core(s) per socket")} core(s) × {Field("Thread(s) per core")} thread(s); hypervisor: {Field("Hypervisor vendor")}";
        return new Machine(Field("Model name"), layout, Environment.ProcessorCount, $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier})", RuntimeInformation.OSDescription);
    }

    private static Dictionary<string, string> ReadLscpu()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("lscpu") { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return fields;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            foreach (var line in output.Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No lscpu on this host: the page says "unknown" rather than guessing.
        }

        return fields;
    }
}
