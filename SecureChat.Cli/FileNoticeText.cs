namespace SecureChat.Cli;

/// <summary>What the chat screen says about files: the answers to the file commands and the transfer events.</summary>
internal static class FileNoticeText
{
    /// <summary>The notice for a file command's answer; <see langword="null"/> when the coming event says it all.</summary>
    public static string? For(FileCommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result switch
        {
            { Error: { } error } => error,
            { Verb: "SENDING" } => $"Offering {result.Name} ({ProgressText.Bytes(result.Size)}) as {result.Id.ShortText}; waiting for your peer to accept. /cancel {result.Id.ShortText} withdraws it.",
            { Verb: "ACCEPTED" } => $"Receiving {result.Name} ({ProgressText.Bytes(result.Size)}). /cancel {result.Id.ShortText} stops it.",
            { Verb: "DECLINED" } => $"Declined {result.Name}.",
            _ => null,
        };
    }

    /// <summary>The notice for a file event; <see langword="null"/> when there is nothing new to say (progress within a tenth).</summary>
    public static string? For(ChatEvent chatEvent, FileUpdate file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return chatEvent switch
        {
            FileOffered e => $"Your peer offers {e.Name} ({ProgressText.Bytes(e.Size)}), id {e.Id.ShortText}: /accept {e.Id.ShortText} or /decline {e.Id.ShortText}.",
            FileProgress e when file.Progress is { } progress => $"{(e.Outgoing ? "Sending" : "Receiving")} {file.Name} {progress}",
            FileCompleted { Outgoing: true } => $"Sent {file.Name}: your peer verified it.",
            FileCompleted when file.Failure is { } failure => $"Received {file.Name} and verified it, but could not keep it: {failure}",
            FileCompleted => $"Saved {file.Name} (SHA-256 verified): {file.SavedPath}",
            FileCancelled e => $"The transfer of {file.Name} stopped: {e.Message}",
            FileDeclined => $"Your peer declined {file.Name}.",
            _ => null,
        };
    }
}
