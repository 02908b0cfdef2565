using SecureChat.Crypto;
using SecureChat.Crypto.Hardened;
using SecureChat.Lifecycle;
using SecureChat.Protocol;
using SecureChat.Transport;

namespace SecureChat;

// What each lifecycle transition does. Always called under the session's gate, from the lifecycle.
public sealed partial class ChatSession
{
    private sealed class Actions(ChatSession session) : ILifecycleActions
    {
        public ErrorCode CheckInput() => session.CheckInput();

        public void ConnectAndJoin()
        {
            var options = session._options;
            var transport = options.TransportFactory?.Invoke(options.RelayUri) ?? WebSocketTransport.Create(options.RelayUri, options.TrustedRoots);
            session._transport = transport;
            session.Attach(transport);
            _ = ConnectAsync(transport);
        }

        private async Task ConnectAsync(ITransport transport)
        {
            try
            {
                await transport.ConnectAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                lock (session._gate)
                {
                    session._lifecycle.Fail(ErrorCode.ConnectFailed, e is System.Security.Authentication.AuthenticationException
                        ? $"Could not connect to the relay at {session._options.RelayUri}: {e.Message}."
                        : $"Could not reach the relay at {session._options.RelayUri}: {e.GetType().Name}.");
                }

                return;
            }

            lock (session._gate)
            {
                if (session._lifecycle.State == SessionState.Searching)
                {
                    transport.Send(FrameCodec.Encode(new JoinFrame(session.JoinRoom)));
                    session._joined = true;
                }
            }
        }

        public void SendOwnKey()
        {
            session.Emit(new PeerFound());
            if (session.IsHardened)
            {
                session.StartHandshake();
                return;
            }

            session.SendLegacyKey();
        }

        public void StartHandshakeTimer() => session.StartHandshakeTimer();

        public void StopHandshakeTimer() => session.StopHandshakeTimer();

        public HandshakeStep ProcessHandshake(HandshakeMessage message) => session.ProcessHandshake(message);

        public void SendClose() => session.SendClose();

        public ErrorCode AcceptPeerKey(byte[] peerPublicKey) => session.AcceptLegacyKey(peerPublicKey);

        public ErrorCode OpenMessage(byte[] payload) => session.IsHardened ? session.OpenChunk(payload) : session.OpenLegacy(payload);

        public ErrorCode SealAndSend(string text) => session.IsHardened ? session.SealChunk(text) : session.SealLegacy(text);

        public void Disconnect()
        {
            var transport = session._transport;
            var closing = transport is null ? Task.CompletedTask : CloseQuietly(transport);
            _ = closing.ContinueWith(
                _ =>
                {
                    transport?.Dispose();
                    lock (session._gate)
                    {
                        session._completion.TrySetResult(session._finalEvent!);
                    }
                },
                TaskScheduler.Default);
        }

        private static async Task CloseQuietly(ITransport transport)
        {
            try
            {
                await transport.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Closing is best effort: the keys are wiped whether or not the relay hears the close.
            }
        }

        public void Destroy(ErrorCode reason, string message)
        {
            session.AbortTransfers(reason, message);
            session._keys?.Dispose();
            session._cipher?.Dispose();
            session.WipeHardened();
            var destroyed = new Destroyed(reason, message);
            session._finalEvent = destroyed;
            // Finished before the final event is raised: a subscriber reacting to it (Send, SendFile …) re-enters on
            // this thread and must not get another event out after Destroyed.
            session._finished = true;
            session._events.OnNext(destroyed);
            session._subscriptions.Dispose();
            session._events.OnCompleted();
            session._states.OnCompleted();
            session._outbound.OnCompleted();
        }

        public void StateEntered(SessionState state)
        {
            session._states.OnNext(state);
            session.Emit(new StateChanged(state));
            if (state == SessionState.Connected)
            {
                session.Emit(new Connected(session._safetyNumber!) { Protocol = session._options.Protocol });
            }
        }
    }
}
