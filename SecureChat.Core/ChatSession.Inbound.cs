using SecureChat.Pipeline;
using SecureChat.Protocol;
using SecureChat.Transport;

namespace SecureChat;

// Inbound: relay frames -> decode/validate -> route by mode and state (the lifecycle decides) -> decrypt -> events.
public sealed partial class ChatSession
{
    private void Attach(ITransport transport)
    {
        _subscriptions.Add(transport.MessageReceived.DecodeInbound().Subscribe(OnFrame));
        _subscriptions.Add(transport.DisconnectionHappened.Subscribe(OnTransportClosed));
    }

    private void OnFrame(InboundFrame frame)
    {
        lock (_gate)
        {
            if (frame.Handshake is { } handshake)
            {
                if (IsHardened)
                {
                    _lifecycle.HandshakeReceived(handshake);
                }
                else
                {
                    RefuseDowngrade($"a tchat/2 {handshake.Kind} frame");
                }
            }
            else if (frame.Chunk is { } chunk)
            {
                if (IsHardened)
                {
                    _lifecycle.MessageReceived(chunk);
                }
                else
                {
                    RefuseDowngrade("a tchat/2 msg frame");
                }
            }
            else
            {
                OnLegacyFrame(frame.Legacy);
            }
        }
    }

    private void OnLegacyFrame(DecodeResult result)
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
            case KeyExchangeFrame when IsHardened:
                RefuseDowngrade("a legacy KEY_EXCHANGE frame");
                break;
            case MessageFrame when IsHardened:
                RefuseDowngrade("a legacy MSG frame");
                break;
            case KeyExchangeFrame key:
                _lifecycle.PeerKeyReceived(key.PublicKey);
                break;
            case MessageFrame message:
                _lifecycle.MessageReceived(message.Payload);
                break;
            case PeerLeftFrame when IsHardened && _lifecycle.State == SessionState.Connected:
                _lifecycle.Fail(ErrorCode.Truncated, "The peer left without the authenticated close: messages may be missing.");
                break;
            case PeerLeftFrame when IsHardened && _lifecycle.State == SessionState.KeySetup:
                // A peer whose key confirmation failed leaves; the relay cannot tell us why, so neither side trusts it.
                _lifecycle.Fail(ErrorCode.HandshakeFailed, "The peer left during the handshake: the invite code may differ, or the relay interfered.");
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

    private void RefuseDowngrade(string what) =>
        _lifecycle.Fail(ErrorCode.DowngradeRefused, $"Refusing {what} in {_options.Protocol} mode: the relay or the peer speaks the other protocol.");

    private void OnTransportClosed(TransportClosed closed)
    {
        lock (_gate)
        {
            // Before JOIN went out the relay was never reached; after, an established connection was lost. A hardened
            // conversation cut without the authenticated close is truncated: messages may be missing.
            var code = !_joined ? ErrorCode.ConnectFailed
                : IsHardened && _lifecycle.State == SessionState.Connected ? ErrorCode.Truncated
                : ErrorCode.TransportLost;
            _lifecycle.Fail(code, !_joined
                ? $"Could not connect to the relay at {_options.RelayUri}: {closed.Description}."
                : $"Connection to the relay ended: {closed.Description}.");
        }
    }
}
