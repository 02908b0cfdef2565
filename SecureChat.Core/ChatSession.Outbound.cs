using SecureChat.Pipeline;
using SecureChat.Protocol;

namespace SecureChat;

// Outbound: lines -> validate -> rate limit -> (lifecycle allows?) -> encrypt -> frame -> transport.
public sealed partial class ChatSession
{
    private void OnOutboundLine(OutboundLine line)
    {
        lock (_gate)
        {
            if (!line.IsAccepted)
            {
                Emit(new Warning(line.Refusal, Describe(line.Refusal)));
            }
            else if (_lifecycle.CanSend)
            {
                _lifecycle.Send(line.Text);
            }
            else if (!_finished)
            {
                Emit(new Warning(ErrorCode.NotConnected, "Not connected yet: the message was not sent."));
            }
        }
    }

    private static string Describe(ErrorCode code) => code switch
    {
        ErrorCode.RateLimited => "Too many messages too fast: the message was dropped.",
        _ => MessageRules.Describe(code),
    };
}
