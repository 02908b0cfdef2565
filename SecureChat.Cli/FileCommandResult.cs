namespace SecureChat.Cli;

/// <summary>The answer to a file command: done (with the transfer), or why not.</summary>
/// <param name="Verb">SENDING, ACCEPTED, DECLINED or CANCELLING: what was done.</param>
/// <param name="Id">The transfer, when there is one.</param>
/// <param name="Name">Its file name.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Error">Why nothing was done; <see langword="null"/> on success.</param>
internal sealed record FileCommandResult(string Verb, FileTransferId Id = default, string Name = "", long Size = 0, string? Error = null)
{
    public static FileCommandResult Failed(string error) => new("ERROR", Error: error);
}
