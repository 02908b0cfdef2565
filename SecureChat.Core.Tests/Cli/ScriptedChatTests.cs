using System.Reactive.Concurrency;
using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

/// <summary>The non-interactive mode against a real peer session through an in-process relay.</summary>
public sealed class ScriptedChatTests : IDisposable
{
    private const string Room = "ROOM2026";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly EventLoopScheduler _scheduler = new();
    private readonly FakeRelay _relay;
    private readonly ChatSession _peer;
    private readonly List<ChatEvent> _peerEvents = [];
    private readonly TaskCompletionSource _peerConnected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScriptedChatTests()
    {
        _relay = new FakeRelay(_scheduler);
        _peer = Session();
        _peer.Events.Subscribe(e =>
        {
            lock (_peerEvents)
            {
                _peerEvents.Add(e);
            }

            if (e is Connected)
            {
                _peerConnected.TrySetResult();
            }
        });
        _peer.Start();
    }

    public void Dispose()
    {
        _peer.Dispose();
        _scheduler.Dispose();
    }

    [Fact]
    public async Task Run_LinesThenEndOfInput_SendsEveryLineQuitsAndExitsZero()
    {
        var output = new StringWriter();
        using var session = Session();

        var exit = await new ScriptedChat(session, new StringReader("hello\nworld\n"), output).RunAsync().WaitAsync(Timeout);

        var lines = Lines(output);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(["STATE InputValidation", "STATE Searching", "STATE UserFound", "PEER_FOUND"], lines.Take(4));
        Assert.Contains("SENT hello", lines);
        Assert.Contains("SENT world", lines);
        Assert.StartsWith("DESTROYED 3008 LocalQuit ", lines[^1], StringComparison.Ordinal);
        var peerEnd = await _peer.Completion.WaitAsync(Timeout);
        Assert.Equal(ErrorCode.PeerLeft, peerEnd.Reason);
        Assert.Equal(["hello", "world"], PeerEvents<MessageReceived>().Select(static m => m.Text));
    }

    [Fact]
    public async Task Run_Connected_PrintsTheSameSafetyNumberAsThePeer()
    {
        var output = new StringWriter();
        using var session = Session();

        await new ScriptedChat(session, new StringReader(string.Empty), output).RunAsync().WaitAsync(Timeout);
        await _peerConnected.Task.WaitAsync(Timeout);

        var number = Assert.Single(PeerEvents<Connected>()).SafetyNumber;
        Assert.Contains($"CONNECTED {number}", Lines(output));
    }

    [Fact]
    public async Task Run_QuitLine_StopsReadingButSettlesEarlierLines()
    {
        var output = new StringWriter();
        using var session = Session();

        var exit = await new ScriptedChat(session, new StringReader("\nfirst\n/quit\nnever\n"), output).RunAsync().WaitAsync(Timeout);

        var lines = Lines(output);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains(lines, static l => l.StartsWith("WARN 4001 MessageEmpty ", StringComparison.Ordinal));
        Assert.Contains("SENT first", lines);
        Assert.DoesNotContain("SENT never", lines);
    }

    [Fact]
    public async Task Run_MoreLinesThanTheRateLimitHolds_EveryLineSentOrWarnedBeforeQuit()
    {
        var output = new StringWriter();
        using var session = Session(new RateLimitOptions(Capacity: 2, TokensPerSecond: 50, MaxQueued: 1));
        var input = string.Concat(Enumerable.Range(1, 12).Select(static i => $"line {i}\n"));

        var exit = await new ScriptedChat(session, new StringReader(input), output).RunAsync().WaitAsync(Timeout);

        var lines = Lines(output);
        Assert.Equal(ExitCodes.Ok, exit);
        var sent = lines.Count(static l => l.StartsWith("SENT ", StringComparison.Ordinal));
        var dropped = lines.Count(static l => l.StartsWith("WARN 4003 ", StringComparison.Ordinal));
        Assert.Equal(12, sent + dropped);
        var destroyedAt = lines.FindIndex(static l => l.StartsWith("DESTROYED", StringComparison.Ordinal));
        Assert.Equal(lines.Count - 1, destroyedAt);
    }

    [Fact]
    public async Task Run_PeerLeavesWhileInputOpen_ExitsZero()
    {
        var output = new StringWriter();
        using var session = Session();
        var run = new ScriptedChat(session, new PendingReader(), output).RunAsync();
        await _peerConnected.Task.WaitAsync(Timeout);

        await _peer.Quit().WaitAsync(Timeout);
        var exit = await run.WaitAsync(Timeout);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("DESTROYED 3006 PeerLeft The peer left the room.", Lines(output)[^1]);
    }

    [Fact]
    public async Task Run_RelayUnreachable_ExitsOneWithoutReadingInput()
    {
        var output = new StringWriter();
        using var session = new ChatSession(new ChatSessionOptions { Room = Room, Protocol = ProtocolMode.Legacy, TransportFactory = static _ => new UnreachableTransport() });

        var exit = await new ScriptedChat(session, new StringReader("hello\n"), output).RunAsync().WaitAsync(Timeout);

        var lines = Lines(output);
        Assert.Equal(ExitCodes.Failure, exit);
        Assert.StartsWith("DESTROYED 3010 ConnectFailed ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, static l => l.StartsWith("SENT", StringComparison.Ordinal) || l.StartsWith("WARN", StringComparison.Ordinal));
    }

    private ChatSession Session(RateLimitOptions? rateLimit = null) => new(new ChatSessionOptions
    {
        Room = Room,
        Protocol = ProtocolMode.Legacy,
        TransportFactory = _relay.Connect,
        RateLimit = rateLimit ?? new RateLimitOptions(),
    });

    private List<T> PeerEvents<T>()
    {
        lock (_peerEvents)
        {
            return _peerEvents.OfType<T>().ToList();
        }
    }

    private static List<string> Lines(StringWriter output) =>
        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ToList();
}
