using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class EventLineTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Format_StateChanged_StatePrefix()
    {
        Assert.Equal("STATE Searching", EventLine.Format(new StateChanged(SessionState.Searching)));
    }

    [Fact]
    public void Format_PeerFound_BarePrefix()
    {
        Assert.Equal("PEER_FOUND", EventLine.Format(new PeerFound()));
    }

    [Fact]
    public void Format_Connected_CarriesSafetyNumber()
    {
        var number = new string('7', 60);

        Assert.Equal($"CONNECTED {number}", EventLine.Format(new Connected(number)));
    }

    [Fact]
    public void Format_MessageReceived_MsgWithText()
    {
        Assert.Equal("MSG hello there", EventLine.Format(new MessageReceived("hello there", Noon)));
    }

    [Fact]
    public void Format_MessageSent_SentWithText()
    {
        Assert.Equal("SENT hi", EventLine.Format(new MessageSent("hi", Noon)));
    }

    [Fact]
    public void Format_Warning_NumericCodeNameAndMessage()
    {
        var line = EventLine.Format(new Warning(ErrorCode.RateLimited, "Too many messages too fast: the message was dropped."));

        Assert.Equal("WARN 4003 RateLimited Too many messages too fast: the message was dropped.", line);
    }

    [Fact]
    public void Format_Destroyed_NumericCodeNameAndMessage()
    {
        var line = EventLine.Format(new Destroyed(ErrorCode.PeerLeft, "The peer left the room."));

        Assert.Equal("DESTROYED 3006 PeerLeft The peer left the room.", line);
    }

    [Fact]
    public void Format_OwnTextWithLineBreaksAndEscapes_StaysOneSafeLine()
    {
        var line = EventLine.Format(new MessageSent("one\ntwo\r\u001b[31mred\u001b[0m\u0007", Noon));

        Assert.Equal("SENT one two red", line);
    }

    [Fact]
    public void Format_EveryEventKind_ExactlyOneLine()
    {
        ChatEvent[] events =
        [
            new StateChanged(SessionState.Connected), new PeerFound(), new Connected("123"),
            new MessageReceived("a\nb", Noon), new MessageSent("c\r\nd", Noon),
            new Warning(ErrorCode.MessageTooLong, "too\nlong"), new Destroyed(ErrorCode.LocalQuit, "bye\n"),
        ];

        Assert.All(events, e => Assert.DoesNotContain(EventLine.Format(e), static c => c is '\n' or '\r' || char.IsControl(c)));
    }
}
