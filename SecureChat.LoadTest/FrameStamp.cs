namespace SecureChat.LoadTest;

/// <summary>What a SIGNAL frame's payload prefix says: whose it is, which way it goes, its place, when it left.</summary>
/// <param name="Pair">The pair (room) the sender belongs to.</param>
/// <param name="Direction">0: first joiner to second; 1: second to first.</param>
/// <param name="Sequence">0..M-1 for data frames; M marks the end of the stream.</param>
/// <param name="Timestamp">The sender's <see cref="System.Diagnostics.Stopwatch"/> timestamp at send.</param>
internal readonly record struct FrameStamp(int Pair, int Direction, int Sequence, long Timestamp);
