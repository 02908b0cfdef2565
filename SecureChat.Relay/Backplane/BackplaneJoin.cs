namespace SecureChat.Relay.Backplane;

/// <summary>The outcome of <see cref="RedisBackplane.JoinAsync"/>.</summary>
/// <param name="Status">Waiting, Paired or Full.</param>
/// <param name="First">The member already waiting, when <see cref="JoinStatus.Paired"/>.</param>
internal readonly record struct BackplaneJoin(JoinStatus Status, MemberAddress? First);
