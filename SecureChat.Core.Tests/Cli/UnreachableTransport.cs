using System.Reactive.Linq;
using SecureChat.Transport;

namespace SecureChat.Core.Tests.Cli;

/// <summary>A relay connection that can never be opened.</summary>
internal sealed class UnreachableTransport : ITransport
{
    public IObservable<string> MessageReceived => Observable.Never<string>();

    public IObservable<TransportClosed> DisconnectionHappened => Observable.Never<TransportClosed>();

    public Task ConnectAsync(CancellationToken cancellationToken = default) =>
        Task.FromException(new System.Net.WebSockets.WebSocketException("connection refused"));

    public void Send(string frame)
    {
    }

    public Task CloseAsync() => Task.CompletedTask;

    public void Dispose()
    {
    }
}
