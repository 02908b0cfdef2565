namespace SecureChat.Relay.Backplane;

/// <summary>Registers the Redis backplane, only when <c>Relay:Redis</c> names a server.</summary>
internal static class BackplaneServiceCollectionExtensions
{
    /// <summary>
    /// With <c>Relay:Redis</c> set: the <see cref="RedisBackplane"/> (started before the web server listens, so no
    /// JOIN comes before it), and its <c>/readyz</c> check. Without it nothing is added, and rooms stay in memory.
    /// </summary>
    public static IServiceCollection AddRelayBackplane(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection(RelayOptions.SectionName)[nameof(RelayOptions.Redis)];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return services;
        }

        services.AddSingleton<RedisBackplane>();
        services.AddHostedService(provider => provider.GetRequiredService<RedisBackplane>());
        services.AddSingleton<IReadinessCheck, BackplaneReadinessCheck>();
        return services;
    }
}
