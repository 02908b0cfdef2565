namespace SecureChat.Lifecycle;

// The transition table: the specification's table plus "anything else ends the session".
internal sealed partial class SessionLifecycle
{
    private void Configure()
    {
        _machine.OnTransitioned(t => _actions.StateEntered(t.Destination));
        _machine.OnUnhandledTrigger((state, trigger) => Refused(state, trigger));

        _machine.Configure(SessionState.Init)
            .Permit(Trigger.Start, SessionState.InputValidation)
            .Permit(Trigger.Quit, SessionState.Disconnected)
            .Permit(Trigger.Fail, SessionState.Disconnected);

        _machine.Configure(SessionState.InputValidation)
            .OnEntry(() =>
            {
                var input = _actions.CheckInput();
                if (input == ErrorCode.None)
                {
                    _machine.Fire(Trigger.RoomAccepted);
                }
                else
                {
                    Fail(input, Describe(input));
                }
            })
            .Permit(Trigger.RoomAccepted, SessionState.Searching)
            .Permit(Trigger.Quit, SessionState.Disconnected)
            .Permit(Trigger.Fail, SessionState.Disconnected);

        _machine.Configure(SessionState.Searching)
            .OnEntry(_actions.ConnectAndJoin)
            .Permit(Trigger.PeerFound, SessionState.UserFound)
            .Permit(Trigger.Quit, SessionState.Disconnected)
            .Permit(Trigger.Fail, SessionState.Disconnected);

        _machine.Configure(SessionState.UserFound)
            .OnEntry(() =>
            {
                _actions.SendOwnKey();
                _machine.Fire(Trigger.KeySent);
            })
            .Permit(Trigger.KeySent, SessionState.KeySetup)
            .Permit(Trigger.Quit, SessionState.Disconnected)
            .Permit(Trigger.Fail, SessionState.Disconnected);

        _machine.Configure(SessionState.KeySetup)
            .OnEntry(_actions.StartHandshakeTimer)
            .OnExit(_actions.StopHandshakeTimer)
            .InternalTransition(_handshake, (message, _) => Step(_actions.ProcessHandshake(message)))
            .Permit(Trigger.KeysConfirmed, SessionState.Connected)
            .Permit(Trigger.TimedOut, SessionState.Disconnected)
            .PermitDynamic(
                _peerKey,
                AgreeKeys,
                "peer key accepted?",
                new Stateless.Reflection.DynamicStateInfos
                {
                    { SessionState.Connected, "keys agreed" },
                    { SessionState.Disconnected, "key refused" },
                })
            .Permit(Trigger.Quit, SessionState.Disconnected)
            .Permit(Trigger.Fail, SessionState.Disconnected);

        _machine.Configure(SessionState.Connected)
            .OnExit(t =>
            {
                if (t.Trigger == Trigger.Quit)
                {
                    _actions.SendClose();
                }
            })
            .InternalTransition(_message, (payload, _) => Check(_actions.OpenMessage(payload)))
            .InternalTransition(_send, (text, _) => Check(_actions.SealAndSend(text)))
            .Permit(Trigger.Quit, SessionState.Disconnected)
            .Permit(Trigger.Fail, SessionState.Disconnected);

        _machine.Configure(SessionState.Disconnected)
            .OnEntry(() =>
            {
                _actions.Disconnect();
                _machine.Fire(Trigger.Wiped);
            })
            .Permit(Trigger.Wiped, SessionState.SessionDestroyed)
            .Ignore(Trigger.Fail)
            .Ignore(Trigger.Quit);

        _machine.Configure(SessionState.SessionDestroyed)
            .OnEntry(() => _actions.Destroy(_end!.Value.Code, _end.Value.Message))
            .Ignore(Trigger.Fail)
            .Ignore(Trigger.Quit);
    }

    private SessionState AgreeKeys(byte[] peerPublicKey)
    {
        var result = _actions.AcceptPeerKey(peerPublicKey);
        if (result == ErrorCode.None)
        {
            return SessionState.Connected;
        }

        _end ??= (result, Describe(result));
        return SessionState.Disconnected;
    }

    private void Step(HandshakeStep step)
    {
        if (step.Error != ErrorCode.None)
        {
            Fail(step.Error, step.Message);
        }
        else if (step.Confirmed)
        {
            _machine.Fire(Trigger.KeysConfirmed);
        }
    }

    private void Check(ErrorCode result)
    {
        if (result != ErrorCode.None)
        {
            Fail(result, Describe(result));
        }
    }

    private void Refused(SessionState state, Trigger trigger)
    {
        // Once ending, late frames and clicks are noise, not new failures.
        if (state is SessionState.Disconnected or SessionState.SessionDestroyed)
        {
            return;
        }

        var code = trigger == Trigger.PeerKey && state == SessionState.Connected
            ? ErrorCode.DuplicateKeyExchange
            : ErrorCode.UnexpectedFrame;
        Fail(code, $"{Describe(code)} ({trigger} while {state})");
    }
}
