using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Benchmarks;

/// <summary>
/// One complete v2 handshake with both sides in this process: construction (password into guarded memory),
/// hs1..hs4 with CPace and X-Wing, every message through its JSON frame, result taken, everything disposed.
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class HandshakeBenchmarks
{
    [Benchmark(Description = "Full handshake, both sides")]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods only.")]
    public int FullHandshake()
    {
        using var initiator = new HandshakeInitiator(HandshakeWire.Room, HandshakeWire.Password);
        using var responder = new HandshakeResponder(HandshakeWire.Room, HandshakeWire.Password);
        var hs1 = HandshakeWire.Send(initiator.Start());
        HandshakeWire.Check(responder.Process(HandshakeWire.Receive(hs1), out var hs2));
        HandshakeWire.Check(initiator.Process(HandshakeWire.Receive(HandshakeWire.Send(hs2)), out var hs3));
        HandshakeWire.Check(responder.Process(HandshakeWire.Receive(HandshakeWire.Send(hs3)), out var hs4));
        HandshakeWire.Check(initiator.Process(HandshakeWire.Receive(HandshakeWire.Send(hs4)), out _));
        using var a = initiator.TakeResult();
        using var b = responder.TakeResult();
        return a.Sas.Length + b.Sas.Length;
    }
}
