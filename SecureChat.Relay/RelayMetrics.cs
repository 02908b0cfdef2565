using System.Globalization;
using Prometheus;
using SecureChat.Relay.Backplane;

namespace SecureChat.Relay;

/// <summary>
/// The relay's Prometheus metrics, in a registry of its own: one per host, so that hosts started side by side (as in
/// tests) never share counts. Gauges are read from the live state just before each scrape, so they cannot drift.
/// </summary>
internal sealed class RelayMetrics
{
    private readonly Counter _connections;
    private readonly Counter _frames;
    private readonly Counter _bytes;
    private readonly Counter _rejections;

    public RelayMetrics(RoomRegistry rooms, OpenConnections connections, RedisBackplane? backplane = null)
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        _connections = factory.CreateCounter("securechat_relay_connections_total",
            "WebSocket connections accepted.");
        _frames = factory.CreateCounter("securechat_relay_frames_forwarded_total",
            "SIGNAL frames forwarded to a partner.");
        _bytes = factory.CreateCounter("securechat_relay_bytes_forwarded_total",
            "Bytes of SIGNAL frames forwarded to a partner.");
        _rejections = factory.CreateCounter("securechat_relay_rejections_total",
            "ERROR frames sent and upgrades refused, by error code.", "code", "name");
        var open = factory.CreateGauge("securechat_relay_connections_open", "WebSocket connections open now.");
        var roomGauge = factory.CreateGauge("securechat_relay_rooms", "Rooms open now, by state.", "state");
        var waiting = roomGauge.WithLabels("waiting");
        var paired = roomGauge.WithLabels("paired");
        // Only a relay with a backplane has this gauge: 1 while Redis answers, 0 while it does not.
        var backplaneUp = backplane is null
            ? null
            : factory.CreateGauge("securechat_relay_backplane_up", "1 while the Redis backplane answers, else 0.");
        Registry.AddBeforeCollectCallback(() =>
        {
            backplaneUp?.Set(backplane!.IsUp ? 1 : 0);
            var counts = backplane?.Counts ?? rooms.Counts;
            waiting.Set(counts.Waiting);
            paired.Set(counts.Paired);
            open.Set(connections.Count);
        });
    }

    /// <summary>What <c>/metrics</c> exposes.</summary>
    public CollectorRegistry Registry { get; }

    public void ConnectionAccepted() => _connections.Inc();

    public void Forwarded(int bytes)
    {
        _frames.Inc();
        _bytes.Inc(bytes);
    }

    public void Rejected(ErrorCode code) =>
        _rejections.WithLabels(((int)code).ToString(CultureInfo.InvariantCulture), code.ToString()).Inc();
}
