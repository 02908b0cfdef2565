using System.Text.Json;

namespace SecureChat.LoadTest;

/// <summary>Turns a report into its one JSON line.</summary>
internal static class ReportWriter
{
    public static string ToJson(FlowReport report) => JsonSerializer.Serialize(report, ReportJsonContext.Default.FlowReport);

    public static string ToJson(HoldReport report) => JsonSerializer.Serialize(report, ReportJsonContext.Default.HoldReport);
}
