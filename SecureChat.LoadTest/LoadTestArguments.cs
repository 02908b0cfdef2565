using System.Globalization;

namespace SecureChat.LoadTest;

/// <summary>Turns <c>--name value</c> pairs into <see cref="LoadTestOptions"/>; a bad line is a value, not a throw.</summary>
internal static class LoadTestArguments
{
    /// <summary>Options, or an error, or neither (help was asked for).</summary>
    public static (LoadTestOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new LoadTestOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                return (null, null);
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"{name}: a value is required.");
            }

            var value = args[++i];
            var next = Apply(options, name, value);
            if (next is null)
            {
                return (null, $"{name} {value}: unknown option or bad value.");
            }

            options = next;
        }

        return Validate(options) is { } error ? (null, error) : (options, null);
    }

    private static LoadTestOptions? Apply(LoadTestOptions o, string name, string value) => name switch
    {
        "--url" => Uri.TryCreate(value, UriKind.Absolute, out var url) ? o with { Url = url } : null,
        "--pairs" => Int(value, 1, SignalFrame.MaxPairs) is { } n ? o with { Pairs = n } : null,
        "--messages" => Int(value, 1, SignalFrame.MaxMessages) is { } n ? o with { Messages = n } : null,
        "--size" => Int(value, SignalFrame.MinSize, SignalFrame.MaxSize) is { } n ? o with { Size = n } : null,
        "--window" => Int(value, 0, int.MaxValue) is { } n ? o with { Window = n } : null,
        "--timeout" => Int(value, 1, 86_400) is { } n ? o with { Timeout = TimeSpan.FromSeconds(n) } : null,
        "--hold" => Int(value, 2, 1_000_000) is { } n ? o with { HoldConnections = n } : null,
        "--hold-seconds" => Int(value, 0, 86_400) is { } n ? o with { HoldDuration = TimeSpan.FromSeconds(n) } : null,
        "--relay-pid" => Int(value, 1, int.MaxValue) is { } n ? o with { RelayPid = n } : null,
        "--label" => o with { Label = value },
        "--room-prefix" => o with { RoomPrefix = value },
        _ => null,
    };

    private static string? Validate(LoadTestOptions o)
    {
        if (o.Url.Scheme is not ("ws" or "wss"))
        {
            return "--url must be a ws:// or wss:// address.";
        }

        if (o.HoldConnections % 2 != 0)
        {
            return "--hold must be even: connections are joined in pairs.";
        }

        return o.RoomPrefix.Length is < 1 or > 4 || !o.RoomPrefix.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            ? "--room-prefix must be 1 to 4 characters of A-Z0-9."
            : null;
    }

    private static int? Int(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : null;
}
