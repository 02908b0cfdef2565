using Microsoft.Extensions.Options;

namespace SecureChat.Relay;

/// <summary>Rejects <see cref="RelayOptions"/> that would make the relay useless or unbounded, at start-up.</summary>
internal sealed class RelayOptionsValidator : IValidateOptions<RelayOptions>
{
    /// <summary>Smallest sensible frame limit: a JOIN must fit with room to spare.</summary>
    public const int MinFrameBytes = 128;

    /// <summary>Largest frame limit: frames are buffered whole, so this bounds memory per connection.</summary>
    public const int MaxFrameBytes = 16 * 1024 * 1024;

    /// <summary>Longest timeout a timer can take.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

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

        if (options.FramesPerSecond < 1)
        {
            failures.Add("Relay:FramesPerSecond must be at least 1.");
        }

        if (options.FrameBurst < 1)
        {
            failures.Add("Relay:FrameBurst must be at least 1.");
        }

        if (options.MaxConnectionsPerAddress < 1)
        {
            failures.Add("Relay:MaxConnectionsPerAddress must be at least 1.");
        }

        if (options.MaxRooms < 1)
        {
            failures.Add("Relay:MaxRooms must be at least 1.");
        }

        RequirePositive(failures, options.JoinTimeout, nameof(RelayOptions.JoinTimeout));
        RequirePositive(failures, options.RoomTimeToLive, nameof(RelayOptions.RoomTimeToLive));
        RequirePositive(failures, options.ShutdownGracePeriod, nameof(RelayOptions.ShutdownGracePeriod));

        if (options.UsesBackplane)
        {
            ValidateBackplane(failures, options);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Shortest accepted <see cref="RelayOptions.RoomKeySecret"/>.</summary>
    public const int MinRoomKeySecretLength = 32;

    private static void ValidateBackplane(List<string> failures, RelayOptions options)
    {
        if (options.RoomKeySecret.Length < MinRoomKeySecretLength)
        {
            failures.Add($"Relay:RoomKeySecret must be at least {MinRoomKeySecretLength} characters when Relay:Redis is set.");
        }

        RequirePositive(failures, options.BackplaneHeartbeat, nameof(RelayOptions.BackplaneHeartbeat));
        RequirePositive(failures, options.BackplaneLease, nameof(RelayOptions.BackplaneLease));
        if (options.BackplaneLease <= options.BackplaneHeartbeat)
        {
            failures.Add("Relay:BackplaneLease must be longer than Relay:BackplaneHeartbeat.");
        }
    }

    // Timers take at most about 49 days; a longer limit is a typo, not a wish.
    private static void RequirePositive(List<string> failures, TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero || value > MaxTimeout)
        {
            failures.Add($"Relay:{name} must be positive and at most {MaxTimeout}.");
        }
    }
}
