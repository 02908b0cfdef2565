using Microsoft.Extensions.Options;

namespace SecureChat.Relay;

/// <summary>Rejects <see cref="RelayOptions"/> that would make the relay useless or unbounded, at start-up.</summary>
internal sealed class RelayOptionsValidator : IValidateOptions<RelayOptions>
{
    /// <summary>Smallest sensible frame limit: a JOIN must fit with room to spare.</summary>
    public const int MinFrameBytes = 128;

    /// <summary>Largest frame limit: frames are buffered whole, so this bounds memory per connection.</summary>
    public const int MaxFrameBytes = 16 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, RelayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.MaxFrameBytes is < MinFrameBytes or > MaxFrameBytes)
        {
            failures.Add($"Relay:MaxFrameBytes must be between {MinFrameBytes} and {MaxFrameBytes}.");
        }

        if (options.KeepAliveInterval < TimeSpan.Zero)
        {
            failures.Add("Relay:KeepAliveInterval must not be negative (zero disables pings).");
        }

        if (options.KeepAliveTimeout <= TimeSpan.Zero && options.KeepAliveTimeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add("Relay:KeepAliveTimeout must be positive (or -00:00:00.001 for none).");
        }

        if (options.CloseTimeout <= TimeSpan.Zero)
        {
            failures.Add("Relay:CloseTimeout must be positive.");
        }

        if (options.SendTimeout <= TimeSpan.Zero)
        {
            failures.Add("Relay:SendTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
