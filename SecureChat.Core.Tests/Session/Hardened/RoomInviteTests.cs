using System.Reactive.Linq;

namespace SecureChat.Core.Tests.Session.Hardened;

/// <summary>Contract tests for the public invite wrapper.</summary>
public sealed class RoomInviteTests
{
    [Fact]
    public void Create_WritesACodeThatParsesBackToTheSameRoom()
    {
        using var invite = RoomInvite.Create();
        var code = Invites.CodeOf(invite);

        Assert.InRange(code.Length, 1, RoomInvite.MaxCodeLength);
        Assert.StartsWith(invite.RoomId + "-", code, StringComparison.Ordinal);
        Assert.Matches("^[A-Z0-9]{10}$", invite.RoomId);
        Assert.True(RoomInvite.TryParse("  " + code.ToUpperInvariant() + " ", out var parsed));
        using (parsed)
        {
            Assert.Equal(invite.RoomId, parsed.RoomId);
            Assert.Equal(code, Invites.CodeOf(parsed));
        }
    }

    [Fact]
    public void ToString_HidesTheSecretWords()
    {
        using var invite = RoomInvite.Create();
        var words = Invites.CodeOf(invite)[(invite.RoomId.Length + 1)..].Split('-');

        var shown = invite.ToString();

        Assert.Contains(invite.RoomId, shown, StringComparison.Ordinal);
        Assert.All(words, w => Assert.DoesNotContain(w, shown, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ROOM1234")]
    [InlineData("ROOM1234-not-real-words1")]
    [InlineData("room-abandon-ability-able")]
    [InlineData("ROOM1234-a-b")]
    public void TryParse_Invalid_IsFalse(string text)
    {
        Assert.False(RoomInvite.TryParse(text, out var invite));
        Assert.Null(invite);
    }

    [Fact]
    public void WriteCode_TooShort_Throws()
    {
        using var invite = RoomInvite.Create();

        Assert.Throws<ArgumentOutOfRangeException>(() => invite.WriteCode(new char[invite.RoomId.Length]));
    }

    [Fact]
    public void Dispose_WipesTheSecret_WriteCodeThrowsButRoomIdRemains()
    {
        var invite = RoomInvite.Create();
        var room = invite.RoomId;
        invite.Dispose();

        Assert.Throws<ObjectDisposedException>(() => invite.WriteCode(new char[RoomInvite.MaxCodeLength]));
        Assert.Equal(room, invite.RoomId);
    }

    [Fact]
    public void Session_WithADisposedInvite_IsDestroyedWithMissingInvite()
    {
        var invite = RoomInvite.Create();
        invite.Dispose();
        using var session = new ChatSession(new ChatSessionOptions { Invite = invite, TransportFactory = _ => throw new InvalidOperationException("never connects") });
        Destroyed? end = null;
        session.Events.OfType<Destroyed>().Subscribe(d => end = d);

        session.Start();

        Assert.Equal(ErrorCode.MissingInvite, end?.Reason);
    }

    [Fact]
    public void Session_UnknownModeOrNonPositiveTimeout_IsMisuse()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChatSession(new ChatSessionOptions { HandshakeTimeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChatSession(new ChatSessionOptions { Protocol = (ProtocolMode)7 }));
    }
}
