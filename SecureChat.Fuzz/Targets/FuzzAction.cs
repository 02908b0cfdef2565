namespace SecureChat.Fuzz.Targets;

/// <summary>One fuzz target: feeds <paramref name="input"/> to a parser and throws when its contract breaks.</summary>
/// <param name="input">The raw test case, as AFL wrote it.</param>
internal delegate void FuzzAction(ReadOnlySpan<byte> input);
