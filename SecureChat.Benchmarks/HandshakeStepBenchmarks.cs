using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Benchmarks;

/// <summary>
/// The handshake cut at its message boundaries so each side's CPU time can be measured on its own: every benchmark
/// is one side's turn (parse the peer's frame, process, encode the reply), and [IterationSetup] plays the turns
/// before it, unmeasured. Initiator = <see cref="InitiatorStart"/> + <see cref="InitiatorHs2"/> + <see cref="InitiatorHs4"/>;
/// responder = <see cref="ResponderHs1"/> + <see cref="ResponderHs3"/>. A side's last turn includes taking the result
/// and disposing everything, as <see cref="HandshakeBenchmarks.FullHandshake"/> does.
/// </summary>
[Config(typeof(StepConfig))]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the instance; [IterationCleanup] disposes each iteration's parties.")]
public class HandshakeStepBenchmarks
{
    private HandshakeInitiator? _initiator;
    private HandshakeResponder? _responder;
    private string _hs1 = string.Empty;
    private string _hs2 = string.Empty;
    private string _hs3 = string.Empty;
    private string _hs4 = string.Empty;

    [IterationSetup(Target = nameof(ResponderHs1))]
    public void BeforeResponderHs1() => InitiatorStart();

    [IterationSetup(Target = nameof(InitiatorHs2))]
    public void BeforeInitiatorHs2()
    {
        InitiatorStart();
        ResponderHs1();
    }

    [IterationSetup(Target = nameof(ResponderHs3))]
    public void BeforeResponderHs3()
    {
        BeforeInitiatorHs2();
        InitiatorHs2();
    }

    [IterationSetup(Target = nameof(InitiatorHs4))]
    public void BeforeInitiatorHs4()
    {
        BeforeResponderHs3();
        ResponderHs3();
    }

    [IterationCleanup]
    public void DisposeParties()
    {
        _initiator?.Dispose();
        _initiator = null;
        _responder?.Dispose();
        _responder = null;
    }

    [Benchmark(Description = "A1: new initiator, Start, encode hs1")]
    public int InitiatorStart()
    {
        _initiator = new HandshakeInitiator(HandshakeWire.Room, HandshakeWire.Password);
        _hs1 = HandshakeWire.Send(_initiator.Start());
        return _hs1.Length;
    }

    [Benchmark(Description = "B1: new responder, parse hs1, X-Wing encaps, encode hs2")]
    public int ResponderHs1()
    {
        _responder = new HandshakeResponder(HandshakeWire.Room, HandshakeWire.Password);
        HandshakeWire.Check(_responder.Process(HandshakeWire.Receive(_hs1), out var hs2));
        _hs2 = HandshakeWire.Send(hs2);
        return _hs2.Length;
    }

    [Benchmark(Description = "A2: parse hs2, CPace + X-Wing decaps, keys, encode hs3")]
    public int InitiatorHs2()
    {
        HandshakeWire.Check(_initiator!.Process(HandshakeWire.Receive(_hs2), out var hs3));
        _hs3 = HandshakeWire.Send(hs3);
        return _hs3.Length;
    }

    [Benchmark(Description = "B2: parse hs3, CPace, keys, encode hs4, take result, dispose")]
    public int ResponderHs3()
    {
        HandshakeWire.Check(_responder!.Process(HandshakeWire.Receive(_hs3), out var hs4));
        _hs4 = HandshakeWire.Send(hs4);
        using (var result = _responder.TakeResult())
        {
            _responder.Dispose();
            _responder = null;
            return _hs4.Length + result.Sas.Length;
        }
    }

    [Benchmark(Description = "A3: parse hs4, verify tagB, take result, dispose")]
    public int InitiatorHs4()
    {
        HandshakeWire.Check(_initiator!.Process(HandshakeWire.Receive(_hs4), out _));
        using (var result = _initiator.TakeResult())
        {
            _initiator.Dispose();
            _initiator = null;
            return result.Sas.Length;
        }
    }
}
