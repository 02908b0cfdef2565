using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Geralt;
using SecureChat.Crypto;
using SecureChat.Crypto.Hardened;
using SecureChat.Protocol;

namespace SecureChat.Benchmarks;

/// <summary>
/// One chat message of <see cref="Size"/> UTF-8 bytes, one direction, per operation. The hardened pipeline is what a
/// v2 message costs end to end (pad, seal, JSON frame; parse, open, unpad, UTF-8 check); the baseline is bare
/// libsodium secretstream on the same bucket-sized buffer, so the ratio is our overhead over the primitive.
/// Streams live across operations, exactly as in a session (each push is followed by its pull, so they stay in step).
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the instance; [GlobalCleanup] disposes the channels and streams.")]
public class MessageBenchmarks
{
    private SecureChannel? _sender;
    private SecureChannel? _receiver;
    private IncrementalXChaCha20Poly1305? _push;
    private IncrementalXChaCha20Poly1305? _pull;
    private NaclBox? _boxA;
    private NaclBox? _boxB;
    private string _text = string.Empty;
    private byte[] _associatedData = [];
    private byte[] _padded = [];
    private byte[] _chunk = [];
    private byte[] _opened = [];
    private byte[] _plaintext = [];
    private byte[] _box = [];
    private byte[] _unboxed = [];

    /// <summary>Message size in UTF-8 bytes (ASCII text, so also characters).</summary>
    [Params(100, 1024, 4096)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = new string('a', Size);

        // Channels from a real handshake, so keys, headers and AD are the production ones.
        using var initiator = new HandshakeInitiator(HandshakeWire.Room, HandshakeWire.Password);
        using var responder = new HandshakeResponder(HandshakeWire.Room, HandshakeWire.Password);
        var hs1 = HandshakeWire.Send(initiator.Start());
        HandshakeWire.Check(responder.Process(HandshakeWire.Receive(hs1), out var hs2));
        HandshakeWire.Check(initiator.Process(HandshakeWire.Receive(HandshakeWire.Send(hs2)), out var hs3));
        HandshakeWire.Check(responder.Process(HandshakeWire.Receive(HandshakeWire.Send(hs3)), out var hs4));
        HandshakeWire.Check(initiator.Process(HandshakeWire.Receive(HandshakeWire.Send(hs4)), out _));
        using var a = initiator.TakeResult();
        using var b = responder.TakeResult();
        _sender = a.OpenChannel();
        _receiver = b.OpenChannel();

        // Baseline: the same primitive, flag and AD length, on a buffer the size of the bucket the message pads to.
        var bucket = ChannelPadding.SelectBucket(1 + Size);
        var key = new byte[IncrementalXChaCha20Poly1305.KeySize];
        var header = new byte[IncrementalXChaCha20Poly1305.HeaderSize];
        SecureRandom.Fill(key);
        _push = new IncrementalXChaCha20Poly1305(header, key, encryption: true);
        _pull = new IncrementalXChaCha20Poly1305(header, key, encryption: false);
        _associatedData = LengthValue.Concat(HandshakeLabels.Protocol.ToArray(), "data"u8.ToArray(), a.SessionId.ToArray());
        _padded = new byte[bucket];
        SecureRandom.Fill(_padded);
        _chunk = new byte[bucket + IncrementalXChaCha20Poly1305.TagSize];
        _opened = new byte[bucket];

        // Legacy v1: crypto_box_easy_afternm with a random nonce, no padding, on the unpadded message bytes.
        using var keysA = EphemeralKeyPair.Generate();
        using var keysB = EphemeralKeyPair.Generate();
        _boxA = NaclBox.TryCreate(keysA, keysB.PublicKey) ?? throw new InvalidOperationException("No box for A.");
        _boxB = NaclBox.TryCreate(keysB, keysA.PublicKey) ?? throw new InvalidOperationException("No box for B.");
        _plaintext = new byte[Size];
        SecureRandom.Fill(_plaintext);
        _box = new byte[NaclBox.GetCiphertextSize(Size)];
        _unboxed = new byte[Size];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sender?.Dispose();
        _receiver?.Dispose();
        _push?.Dispose();
        _pull?.Dispose();
        _boxA?.Dispose();
        _boxB?.Dispose();
    }

    [Benchmark(Description = "v2 pipeline: seal+encode, decode+open")]
    public int HardenedPipeline()
    {
        if (!_sender!.TrySeal(ChannelMessageKind.Text, _text, out var chunk))
        {
            throw new InvalidOperationException("Seal refused the message.");
        }

        var wire = FrameCodec.Encode(new MessageFrame(chunk));
        if (FrameCodec.Decode(wire).Frame is not MessageFrame frame || !_receiver!.TryOpen(frame.Payload, out var message))
        {
            throw new InvalidOperationException("The peer could not open the message.");
        }

        return message.Text.Length;
    }

    [Benchmark(Baseline = true, Description = "raw secretstream push+pull (Rekey), bucket bytes")]
    public int RawSecretstream()
    {
        _push!.EncryptChunk(_chunk, _padded, _associatedData, IncrementalXChaCha20Poly1305.ChunkFlag.Rekey);
        return (int)_pull!.DecryptChunk(_opened, _chunk, _associatedData);
    }

    [Benchmark(Description = "v1 NaCl box seal+open, unpadded bytes")]
    public int LegacyBox()
    {
        _boxA!.Encrypt(_box, _plaintext);
        return _boxB!.TryDecrypt(_unboxed, _box) ? _unboxed.Length : throw new InvalidOperationException("The box did not open.");
    }
}
