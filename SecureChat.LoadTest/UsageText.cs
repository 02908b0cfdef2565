namespace SecureChat.LoadTest;

/// <summary>The help text.</summary>
internal static class UsageText
{
    public const string Text = """
        securechat-loadtest: drives any relay that speaks JOIN / PEER_FOUND / SIGNAL / PEER_LEFT frames.

        Flow mode (default): P pairs join distinct rooms, then each side sends M SIGNAL frames to the other.
          --url ws://127.0.0.1:8765/   relay address (loopback by default)
          --pairs P                    pairs of clients (default 10)
          --messages M                 SIGNAL frames per direction per pair (default 1000)
          --size S                     bytes of each whole SIGNAL frame (default 256, at least 78)
          --window W                   frames in flight per direction; 0 = unbounded (default); 1 = latency
        Hold mode:
          --hold N                     open N connections, join them into N/2 rooms and hold them idle
          --hold-seconds T             how long to hold (default 30)
          --relay-pid PID              report the relay's VmRSS/VmHWM from /proc/PID/status
        Both:
          --timeout T                  stop after T seconds whatever happens (default 120)
          --label TEXT                 copied into the report
          --room-prefix XX             1-4 chars of A-Z0-9 starting every room code (default LT)

        Prints one JSON line. Exit 0: every frame arrived exactly once, in order, from the right peer, and no errors.
        Exit 1: something was lost, duplicated, misrouted, failed or timed out. Exit 2: bad command line.
        """;
}
