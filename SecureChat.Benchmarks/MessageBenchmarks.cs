using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Geralt;
using SecureChat.Crypto;
using SecureChat.Crypto.Hardened;
using SecureChat.Pipeline;

namespace SecureChat.Benchmarks;

/// <summary>
/// One chat message of <see cref="Size"/> UTF-8 bytes, one direction, per operation. The hardened pipeline is what a
/// v2 message costs a session end to end: <see cref="HardenedLink.Seal"/> (pad, secretstream push, <c>msg</c> frame)
/// on the sender; <see cref="InboundFrame.Decode"/> (the session's frame recogniser) and
/// <see cref="HardenedLink.TryOpen"/> (pull, unpad, UTF-8 check, string) on the receiver. The baseline is bare
/// libsodium secretstream on the same bucket-sized buffer, so the ratio is our overhead over the primitive.
/// Links come from a real handshake and live across operations, exactly as in a session (each push is followed
/// by its pull, so the streams stay in step).
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the instance; [GlobalCleanup] disposes the channels and streams.")]
public class MessageBenchmarks
{
    private HardenedLink? _sender;
    private HardenedLink? _receiver;
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

        // Links through a real handshake (JSON frames both ways), so keys, headers and AD are the production ones.
        using (var invite = InviteCode.Generate())
        {
            _sender = new HardenedLink(invite, InviteRole.Creator);
            _receiver = new HardenedLink(invite, InviteRole.Joiner);
        }

        var frame = _sender.Start();
        var (from, to) = (_sender, _receiver);
        while (frame is not null)
        {
            var step = to.Process(HandshakeWire.Receive(frame), out frame);
            if (step.Error != ErrorCode.None)
            {
                throw new InvalidOperationException($"The handshake failed: {step.Error}.");
            }

            (from, to) = (to, from);
        }

        if (_sender.Sas is null || _sender.Sas != _receiver.Sas)
        {
            throw new InvalidOperationException("The handshake did not confirm both sides.");
        }

        // Baseline: the same primitive, flag and AD length, on a buffer the size of the bucket the message pads to.
        var bucket = ChannelPadding.SelectBucket(1 + Size);
        var key = new byte[IncrementalXChaCha20Poly1305.KeySize];
        var header = new byte[IncrementalXChaCha20Poly1305.HeaderSize];
        SecureRandom.Fill(key);
        _push = new IncrementalXChaCha20Poly1305(header, key, encryption: true);
        _pull = new IncrementalXChaCha20Poly1305(header, key, encryption: false);
        var sessionId = new byte[32];
        SecureRandom.Fill(sessionId);
        _associatedData = LengthValue.Concat(HandshakeLabels.Protocol.ToArray(), "data"u8.ToArray(), sessionId);
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
        var wire = _sender!.Seal(_text) ?? throw new InvalidOperationException("Seal refused the message.");
        if (InboundFrame.Decode(wire).Chunk is not { } chunk || !_receiver!.TryOpen(chunk, out var message))
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
