using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>
/// Every field of every message altered in transit (each byte of the short fields, a stride of the 1 KB ones):
/// the handshake fails, the side that detects it is the expected one, and no side ends with keys the other lacks.
/// </summary>
public sealed class HandshakeTamperTests
{
    public static TheoryData<string, string, int, string> Fields => new()
    {
        { "hs1", "nA", 32, "CommitmentMismatch" },
        { "hs1", "pkX", 1216, "ConfirmationFailed,EncapsulationFailed" },
        { "hs1", "cm", 32, "CommitmentMismatch" },
        { "hs2", "nB", 32, "ConfirmationFailed" },
        { "hs2", "Yb", 32, "ConfirmationFailed,InvalidPoint" },
        { "hs2", "ctX", 1120, "ConfirmationFailed" },
        { "hs3", "Ya", 32, "CommitmentMismatch" },
        { "hs3", "tagA", 32, "ConfirmationFailed" },
        { "hs3", "hdrA", 24, "ConfirmationFailed" },
        { "hs4", "tagB", 32, "ConfirmationFailed" },
        { "hs4", "hdrB", 24, "ConfirmationFailed" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Handshake_FieldTampered_Fails(string kind, string field, int length, string expected)
    {
        var stride = length > 64 ? 37 : 1;
        for (var index = 0; index < length; index += stride)
        {
            var i = index;
            var outcome = RunTampered(m => m.Kind == kind ? Tamper(m, field, i) : m, out var aComplete, out var bComplete);
            var detected = outcome.A == HandshakeFailure.None ? outcome.B : outcome.A;
            Assert.Contains(detected.ToString(), expected.Split(','));
            Assert.False(aComplete && bComplete);
            Assert.True(kind == "hs4" || !bComplete, "B must not complete when hs1..hs3 were altered.");
        }
    }

    [Theory]
    [InlineData("hs1", "FAKE-SUITE," + HandshakeLabels.DefaultSuite, "CommitmentMismatch")]
    [InlineData("hs1", "FAKE-SUITE", "NoCommonSuite")]
    [InlineData("hs2", "FAKE-SUITE", "NoCommonSuite")]
    public void Handshake_SuiteTampered_Fails(string kind, string replacement, string expected)
    {
        var outcome = RunTampered(
            m => m switch
            {
                Hs1 h when kind == "hs1" => h with { Suites = replacement },
                Hs2 h when kind == "hs2" => h with { Suite = replacement },
                _ => m,
            },
            out _,
            out var bComplete);
        Assert.Equal(expected, (outcome.A == HandshakeFailure.None ? outcome.B : outcome.A).ToString());
        Assert.False(bComplete);
    }

    [Fact]
    public void Handshake_WrongLengthRecord_IsMalformed()
    {
        using var b = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        var hs1 = a.Start();
        Assert.Equal(HandshakeFailure.MalformedMessage, b.Process(hs1 with { NonceA = new byte[31] }, out _));
    }

    private static (HandshakeFailure A, HandshakeFailure B) RunTampered(
        Func<HandshakeMessage, HandshakeMessage> relay, out bool aComplete, out bool bComplete)
    {
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        var outcome = HandshakeHarness.Run(a, b, relay);
        (aComplete, bComplete) = (a.IsComplete, b.IsComplete);
        return outcome;
    }

    private static HandshakeMessage Tamper(HandshakeMessage message, string field, int i) => (message, field) switch
    {
        (Hs1 m, "nA") => m with { NonceA = HandshakeHarness.Flip(m.NonceA, i) },
        (Hs1 m, "pkX") => m with { XWingPublicKey = HandshakeHarness.Flip(m.XWingPublicKey, i) },
        (Hs1 m, "cm") => m with { Commitment = HandshakeHarness.Flip(m.Commitment, i) },
        (Hs2 m, "nB") => m with { NonceB = HandshakeHarness.Flip(m.NonceB, i) },
        (Hs2 m, "Yb") => m with { ShareB = HandshakeHarness.Flip(m.ShareB, i) },
        (Hs2 m, "ctX") => m with { XWingCiphertext = HandshakeHarness.Flip(m.XWingCiphertext, i) },
        (Hs3 m, "Ya") => m with { ShareA = HandshakeHarness.Flip(m.ShareA, i) },
        (Hs3 m, "tagA") => m with { TagA = HandshakeHarness.Flip(m.TagA, i) },
        (Hs3 m, "hdrA") => m with { HeaderA = HandshakeHarness.Flip(m.HeaderA, i) },
        (Hs4 m, "tagB") => m with { TagB = HandshakeHarness.Flip(m.TagB, i) },
        (Hs4 m, "hdrB") => m with { HeaderB = HandshakeHarness.Flip(m.HeaderB, i) },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown field."),
    };
}
