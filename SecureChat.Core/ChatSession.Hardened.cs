using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using SecureChat.Crypto.Hardened;
using SecureChat.Lifecycle;
using SecureChat.Protocol;

namespace SecureChat;

// The hardened (tchat/2) side of the actions: invite-keyed handshake, timeout, channel, authenticated close.
public sealed partial class ChatSession
{
    private bool IsHardened => _options.Protocol == ProtocolMode.Hardened;

    private string JoinRoom => IsHardened ? _options.Invite!.RoomId : _options.Room;

    private ErrorCode CheckInput() => _options.Protocol switch
    {
        ProtocolMode.Legacy => RoomCode.IsValid(_options.Room) ? ErrorCode.None : ErrorCode.InvalidRoom,
        ProtocolMode.Hardened => _options.Invite is { IsDisposed: false } ? ErrorCode.None : ErrorCode.MissingInvite,
        _ => throw new ArgumentOutOfRangeException(nameof(_options), _options.Protocol, "Unknown protocol mode."),
    };

    private void StartHandshake()
    {
        if (_options.Invite!.IsDisposed)
        {
            // Disposed after Start: the secret is gone, so there is nothing to prove. Queued behind this transition.
            _lifecycle.Fail(ErrorCode.MissingInvite, SessionLifecycle.Describe(ErrorCode.MissingInvite));
            return;
        }

        _link = new HardenedLink(_options.Invite!.Code, _options.Role);
        if (_link.Start() is { } hs1)
        {
            _transport!.Send(hs1);
        }
    }

    private void StartHandshakeTimer()
    {
        if (IsHardened)
        {
            _handshakeTimer.Disposable = _options.Scheduler.Schedule(_options.HandshakeTimeout, () =>
            {
                lock (_gate)
                {
                    _lifecycle.HandshakeTimedOut();
                }
            });
        }
    }

    private void StopHandshakeTimer() => _handshakeTimer.Disposable = Disposable.Empty;

    private HandshakeStep ProcessHandshake(HandshakeMessage message)
    {
        var step = _link!.Process(message, out var reply);
        if (reply is not null)
        {
            _transport!.Send(reply);
        }

        if (step.Confirmed)
        {
            _safetyNumber = _link.Sas;
        }

        return step;
    }

    private ErrorCode OpenChunk(byte[] chunk)
    {
        if (!_link!.TryOpen(chunk, out var message))
        {
            return ErrorCode.DecryptionFailed;
        }

        switch (message.Kind)
        {
            case ChannelMessageKind.Close:
                return ErrorCode.PeerLeft;
            case ChannelMessageKind.Text when MessageRules.Check(message.Text) != ErrorCode.None:
                return ErrorCode.InvalidPeerMessage;
            case ChannelMessageKind.Text:
                Emit(new MessageReceived(TerminalText.Sanitize(message.Text), Now));
                return ErrorCode.None;
            case var kind when ChannelMessage.IsBinary(kind):
                return OnTransferMessage(message);
            default:
                return ErrorCode.None; // keepalive: proves liveness, shows nothing
        }
    }

    private ErrorCode SealChunk(string text)
    {
        if (_link!.Seal(text) is not { } frame)
        {
            // Unreachable within the message rules (1000 code points fit a bucket); refuse rather than truncate.
            Emit(new Warning(ErrorCode.MessageTooLong, "The message does not fit the channel's largest padding bucket: not sent."));
            return ErrorCode.None;
        }

        _transport!.Send(frame);
        Emit(new MessageSent(text, Now));
        return ErrorCode.None;
    }

    private void SendClose()
    {
        if (IsHardened && _link?.SealClose() is { } close)
        {
            _transport?.Send(close);
        }
    }

    private void WipeHardened()
    {
        StopHandshakeTimer();
        if (_link is not null)
        {
            // Single-use: a handshake began, so this code has had its one guess (see RoomInvite.IsDisposed).
            _link.Dispose();
            _options.Invite?.Dispose();
        }
    }
}
