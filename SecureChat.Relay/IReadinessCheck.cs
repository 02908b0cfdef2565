namespace SecureChat.Relay;

/// <summary>
/// One condition for <c>/readyz</c>: the relay is ready only while every registered check is. Register more as
/// singletons (e.g. a backplane connection) and <c>/readyz</c> takes them in.
/// </summary>
internal interface IReadinessCheck
{
    /// <summary>A short name, shown by <c>/readyz</c> when the check fails.</summary>
    string Name { get; }

    /// <summary>Whether this condition holds now.</summary>
    ValueTask<bool> IsReadyAsync(CancellationToken cancellationToken);
}
