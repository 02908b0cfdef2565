namespace SecureChat.Core.Tests.Integration;

/// <summary>A test class with its own real relay on 127.0.0.1 and a free port, started before each test and stopped after.</summary>
public abstract class RelayIntegrationTest : IAsyncLifetime
{
    private InProcessRelay? _relay;

    /// <summary>The running relay.</summary>
    internal InProcessRelay Relay => _relay ?? throw new InvalidOperationException("The relay starts in InitializeAsync.");

    /// <inheritdoc />
    public virtual async Task InitializeAsync() => _relay = await StartRelayAsync();

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        if (_relay is not null)
        {
            await _relay.DisposeAsync();
        }
    }

    /// <summary>How this class's relay starts; override for other settings.</summary>
    private protected virtual Task<InProcessRelay> StartRelayAsync() => InProcessRelay.StartAsync();
}
