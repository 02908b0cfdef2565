namespace SecureChat.Transport;

/// <summary>
/// The seam between a session and the relay connection: text frames in, text frames out, and the loss of the
/// connection delivered as data. <c>WebSocketTransport</c> is the real one; tests use <c>InMemoryTransport</c>.
/// </summary>
public interface ITransport : IDisposable
{
    /// <summary>Every text frame received, in order.</summary>
    IObservable<string> MessageReceived { get; }

    /// <summary>Fires once when the connection is lost or closed by the other end.</summary>
    IObservable<TransportClosed> DisconnectionHappened { get; }

    /// <summary>Opens the connection. Faults when the relay cannot be reached.</summary>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    Task ConnectAsync(CancellationToken cancellationToken = default);

    /// <summary>Queues a text frame; frames leave in the order they were queued.</summary>
    /// <param name="frame">The frame's JSON text.</param>
    void Send(string frame);

    /// <summary>Sends what is queued, then closes the connection normally.</summary>
    Task CloseAsync();
}
