using SecureChat.Pipeline;
using SecureChat.Protocol;
using SecureChat.Transport;

namespace SecureChat;

// Inbound: relay frames -> decode/validate -> route by state (the lifecycle decides) -> decrypt -> events.
public sealed partial class ChatSession
{
    private void Attach(ITransport transport)
    {
        _subscriptions.Add(transport.MessageReceived.DecodeFrames().Subscribe(OnFrame));
        _subscriptions.Add(transport.DisconnectionHappened.Subscribe(OnTransportClosed));
    }

    private void OnFrame(DecodeResult result)
    {
        lock (_gate)
        {
            if (!result.IsSuccess)
            {
                _lifecycle.Fail(result.Error, $"The relay delivered a malformed frame ({(int)result.Error} {result.Error}).");
                return;
            }

            switch (result.Frame)
            {
                case PeerFoundFrame:
                    _lifecycle.PeerFound();
                    break;
                case KeyExchangeFrame key:
                    _lifecycle.PeerKeyReceived(key.PublicKey);
                    break;
                case MessageFrame message:
                    _lifecycle.MessageReceived(message.Payload);
                    break;
                case PeerLeftFrame:
                    _lifecycle.Fail(ErrorCode.PeerLeft, "The peer left the room.");
                    break;
                case ErrorFrame error:
                    _lifecycle.Fail(ErrorCode.RelayError, $"The relay refused: {error.Code} {TerminalText.Sanitize(error.Message)}");
                    break;
                default:
                    _lifecycle.Fail(ErrorCode.UnexpectedFrame, $"The relay sent a frame clients never receive ({result.Frame?.GetType().Name}).");
                    break;
            }
        }
    }

    private void OnTransportClosed(TransportClosed closed)
    {
        lock (_gate)
        {
            // Before JOIN went out the relay was never reached; after, an established connection was lost.
            var code = _joined ? ErrorCode.TransportLost : ErrorCode.ConnectFailed;
            _lifecycle.Fail(code, $"Connection to the relay ended: {closed.Description}.");
        }
    }
}
