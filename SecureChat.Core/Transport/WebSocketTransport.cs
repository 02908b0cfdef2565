using System.Net.WebSockets;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Websocket.Client;

namespace SecureChat.Transport;

/// <summary>
/// The relay connection on Websocket.Client, with every automatic reconnection off: a dropped connection must
/// end the session (fail secure), never resume it silently. Unless a socket factory is given, a <c>wss://</c> relay's
/// certificate is checked by a validator that names what is wrong (untrusted root, name mismatch, expired) in the
/// close description and in the exception from <see cref="ConnectAsync"/>.
/// </summary>
public sealed class WebSocketTransport : ITransport
{
    private readonly WebsocketClient _client;
    private readonly RelayCertificateValidator? _validator;
    private readonly Subject<TransportClosed> _closed = new();
    private readonly Lock _sendGate = new();
    private Task _sendChain = Task.CompletedTask;
    private int _closeReported;
    private bool _closingLocally;

    /// <summary>Creates a transport to <paramref name="relayUri"/>; nothing is opened until <see cref="ConnectAsync"/>.</summary>
    /// <param name="relayUri">A <c>ws://</c> or <c>wss://</c> address.</param>
    /// <param name="socketFactory">
    /// Optional: makes the underlying socket, which then owns every TLS decision; without one the system trust store
    /// applies (see <see cref="Create"/> for a private CA).
    /// </param>
    public WebSocketTransport(Uri relayUri, Func<ClientWebSocket>? socketFactory = null)
        : this(relayUri, socketFactory, socketFactory is null ? new RelayCertificateValidator(relayUri, trustedRoots: null) : null)
    {
    }

    private WebSocketTransport(Uri relayUri, Func<ClientWebSocket>? socketFactory, RelayCertificateValidator? validator)
    {
        ArgumentNullException.ThrowIfNull(relayUri);
        _validator = validator;
        _client = new WebsocketClient(relayUri, socketFactory ?? validator!.CreateSocket)
        {
            IsReconnectionEnabled = false,
            ReconnectTimeout = null,
            ErrorReconnectTimeout = null,
            LostReconnectTimeout = null,
            Name = "securechat-relay",
        };
        MessageReceived = _client.MessageReceived
            .Where(static m => m.MessageType == WebSocketMessageType.Text && m.Text is not null)
            .Select(static m => m.Text!);
        _client.DisconnectionHappened.Subscribe(info =>
            ReportClosed(_validator?.Rejection ?? Describe(info), info.Type == DisconnectionType.ByUser || _closingLocally));
    }

    /// <summary>
    /// Creates a transport whose <c>wss://</c> relay must present a certificate for its host name that chains to one
    /// of <paramref name="trustedRoots"/> and to nothing else; <see langword="null"/> trusts the system store instead.
    /// </summary>
    /// <param name="relayUri">A <c>ws://</c> or <c>wss://</c> address.</param>
    /// <param name="trustedRoots">The only CA certificates to trust (see <see cref="RelayTrust.TryLoadPemFile"/>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="trustedRoots"/> is empty.</exception>
    public static WebSocketTransport Create(Uri relayUri, X509Certificate2Collection? trustedRoots)
    {
        ArgumentNullException.ThrowIfNull(relayUri);
        return new WebSocketTransport(relayUri, socketFactory: null, new RelayCertificateValidator(relayUri, trustedRoots));
    }

    /// <inheritdoc />
    public IObservable<string> MessageReceived { get; }

    /// <inheritdoc />
    public IObservable<TransportClosed> DisconnectionHappened => _closed.AsObservable();

    /// <inheritdoc />
    /// <exception cref="AuthenticationException">The relay's certificate was refused; the message says why.</exception>
    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.StartOrFail().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && _validator?.Rejection is { } rejection)
        {
            throw new AuthenticationException(rejection, e);
        }
    }

    /// <inheritdoc />
    public void Send(string frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        lock (_sendGate)
        {
            // SendInstant awaited in a chain: frames leave in order and CloseAsync can wait for the last one.
            _sendChain = _sendChain.ContinueWith(_ => _client.SendInstant(frame), TaskScheduler.Default).Unwrap();
        }
    }

    /// <inheritdoc />
    public async Task CloseAsync()
    {
        _closingLocally = true;
        Task pending;
        lock (_sendGate)
        {
            pending = _sendChain;
        }

        try
        {
            await pending.ConfigureAwait(false);
            if (_client.IsRunning)
            {
                await _client.Stop(WebSocketCloseStatus.NormalClosure, "session ended").ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection is already gone; closing has nothing left to do.
        }

        ReportClosed("closed by this side", closedLocally: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _closingLocally = true;
        _client.Dispose();
        _closed.OnCompleted();
        _closed.Dispose();
    }

    private void ReportClosed(string description, bool closedLocally)
    {
        if (Interlocked.Exchange(ref _closeReported, 1) == 0)
        {
            _closed.OnNext(new TransportClosed(description, closedLocally));
        }
    }

    private static string Describe(DisconnectionInfo info) => info.Type switch
    {
        DisconnectionType.ByServer => $"the relay closed the connection ({info.CloseStatus})",
        DisconnectionType.ByUser => "closed by this side",
        DisconnectionType.Lost => "the connection was lost",
        DisconnectionType.Error => "the connection failed",
        _ => $"disconnected ({info.Type})",
    };
}
