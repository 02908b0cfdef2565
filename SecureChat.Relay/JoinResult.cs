namespace SecureChat.Relay;

/// <summary>The outcome of <see cref="RoomRegistry.Join"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Room">The joined room; <see langword="null"/> when Full or RelayFull.</param>
/// <param name="Partner">The peer already waiting, when <see cref="JoinStatus.Paired"/>.</param>
internal readonly record struct JoinResult(JoinStatus Status, Room? Room, PeerConnection? Partner);
