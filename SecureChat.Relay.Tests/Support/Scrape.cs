using System.Globalization;

namespace SecureChat.Relay.Tests.Support;

/// <summary>A parsed Prometheus text exposition: the value of one series, found by name and labels.</summary>
internal sealed class Scrape(string text)
{
    public string Text { get; } = text;

    /// <summary>
    /// The value of the series <paramref name="name"/> whose labels include every pair in
    /// <paramref name="labels"/>; 0 when there is no such line (a labelled counter appears at its first increment).
    /// </summary>
    public double Value(string name, params (string Name, string Value)[] labels)
    {
        foreach (var line in Text.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(name, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = line[name.Length..];
            if (rest.Length == 0 || (rest[0] != ' ' && rest[0] != '{'))
            {
                continue; // a longer name that starts with this one
            }

            var labelText = rest[0] == '{' ? rest[1..rest.IndexOf('}', StringComparison.Ordinal)] : string.Empty;
            if (labels.All(label => labelText.Contains($"{label.Name}=\"{label.Value}\"", StringComparison.Ordinal)))
            {
                var value = rest[(rest.LastIndexOf(' ') + 1)..];
                return double.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>The rejection counter for <paramref name="code"/>.</summary>
    public double Rejections(ErrorCode code) =>
        Value("securechat_relay_rejections_total", ("code", ((int)code).ToString(CultureInfo.InvariantCulture)),
            ("name", code.ToString()));
}
