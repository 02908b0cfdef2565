namespace SecureChat.Cli;

/// <summary>
/// What <see cref="FileTransfers.Observe"/> made of a file event, for the screen and the event lines.
/// </summary>
/// <param name="Name">The transfer's file name.</param>
/// <param name="Progress">The progress text when a new tenth was reached; otherwise <see langword="null"/>.</param>
/// <param name="SavedPath">Completed: where the file now is (received) or came from (sent).</param>
/// <param name="Failure">Completed, but the file could not be kept (the error).</param>
/// <param name="BytesPerSecond">Progress: the average speed so far.</param>
internal sealed record FileUpdate(string Name, string? Progress = null, string? SavedPath = null, string? Failure = null, double BytesPerSecond = 0);
