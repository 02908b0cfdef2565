using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The CPace half of a role: the password lives only until the share Y exists, the scalar y only until K is
/// computed, and K only inside a guarded page while ISK is derived from it.
/// </summary>
internal abstract partial class HandshakeParty
{
    private GuardedHeapAllocation? _password;
    private GuardedHeapAllocation? _scalar;

    /// <summary>Y = y·g with g from (PRS, CI, sid); the password and g are wiped as soon as Y exists.</summary>
    private protected byte[] CreateShare(ReadOnlySpan<byte> sid)
    {
        var password = _password ?? throw new InvalidOperationException("The share was already created.");
        using var generator = new GuardedHeapAllocation(CPace.ElementSize);
        password.ReadOnly();
        CPace.CalculateGenerator(generator.AsSpan(), password.AsSpan(), ChannelIdentifier, sid);
        password.Dispose();
        _password = null;

        _scalar = new GuardedHeapAllocation(CPace.ScalarSize);
        CPace.SampleScalar(_scalar.AsSpan());
        var share = new byte[CPace.ElementSize];
        if (!CPace.TryComputeShare(share, _scalar.AsSpan(), generator.AsSpan()))
        {
            throw new InvalidOperationException("A sampled scalar produced the identity.");
        }

        return share;
    }

    /// <summary>
    /// K = scalar_mult_vfy(y, Y_peer), then ISK (initiator-responder transcript); false for an invalid point.
    /// The scalar is wiped either way, and K lives only in the guarded scratch page.
    /// </summary>
    private protected bool TryDeriveIsk(Span<byte> isk, ReadOnlySpan<byte> peerShare, ReadOnlySpan<byte> sid,
        ReadOnlySpan<byte> shareA, ReadOnlySpan<byte> adA, ReadOnlySpan<byte> shareB, ReadOnlySpan<byte> adB)
    {
        var scalar = _scalar ?? throw new InvalidOperationException("No share was created.");
        using var sharedPoint = new GuardedHeapAllocation(CPace.ElementSize);
        var valid = CPace.TryScalarMultVfy(sharedPoint.AsSpan(), scalar.AsSpan(), peerShare);
        scalar.Dispose();
        _scalar = null;
        if (valid)
        {
            CPace.DeriveIsk(isk, sid, sharedPoint.AsSpan(), shareA, adA, shareB, adB);
        }

        return valid;
    }
}
