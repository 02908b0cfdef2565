using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Benchmarks;

/// <summary>
/// One complete v2 handshake with both sides in this process: construction (password into guarded memory),
/// hs1..hs4 with CPace and X-Wing, every message through its JSON frame, results taken, everything disposed.
/// Each side's stretches are also charged to <see cref="SideClock"/>, which measures CPU time per side.
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class HandshakeBenchmarks
{
    [Benchmark(Description = "Full handshake, both sides")]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods only.")]
    public int FullHandshake()
    {
        var clock = SideClock.Start();
        using var initiator = new HandshakeInitiator(HandshakeWire.Room, HandshakeWire.Password);
        var hs1 = HandshakeWire.Send(initiator.Start());
        clock = SideClock.Initiator(clock);

        using var responder = new HandshakeResponder(HandshakeWire.Room, HandshakeWire.Password);
        HandshakeWire.Check(responder.Process(HandshakeWire.Receive(hs1), out var reply));
        var hs2 = HandshakeWire.Send(reply);
        clock = SideClock.Responder(clock);

        HandshakeWire.Check(initiator.Process(HandshakeWire.Receive(hs2), out reply));
        var hs3 = HandshakeWire.Send(reply);
        clock = SideClock.Initiator(clock);

        HandshakeWire.Check(responder.Process(HandshakeWire.Receive(hs3), out reply));
        var hs4 = HandshakeWire.Send(reply);
        var sasLength = TakeAndDispose(responder);
        clock = SideClock.Responder(clock);

        HandshakeWire.Check(initiator.Process(HandshakeWire.Receive(hs4), out _));
        sasLength += TakeAndDispose(initiator);
        _ = SideClock.Initiator(clock);
        return sasLength;
    }

    // The using declarations above stay as the safety net on failure; a second Dispose is a no-op.
    private static int TakeAndDispose(HandshakeParty party)
    {
        using var result = party.TakeResult();
        party.Dispose();
        return result.Sas.Length;
    }
}
