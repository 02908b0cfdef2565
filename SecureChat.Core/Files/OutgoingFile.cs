using System.Security.Cryptography;

namespace SecureChat.Files;

/// <summary>
/// One file we send: offered, then (accepted) sending chunk by chunk as the window allows, hashing what it sends,
/// then ended (FileEnd sent with the hash) until the receiver confirms. The source stream stays the caller's.
/// </summary>
internal sealed class OutgoingFile(FileTransferId id, long size, Stream content) : IDisposable
{
    public enum Phase
    {
        Offered,
        Sending,
        Ended,
    }

    public FileTransferId Id { get; } = id;

    public long Size { get; } = size;

    public Stream Content { get; } = content;

    public IncrementalHash Hash { get; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public Phase State { get; set; } = Phase.Offered;

    public long SentBytes { get; set; }

    public long SentChunks { get; set; }

    public long AckedChunks { get; set; }

    /// <summary>Bytes the receiver acknowledged: every chunk but the last is full.</summary>
    public long AckedBytes => Math.Min(Size, AckedChunks * TransferBody.MaxData);

    /// <summary>Whether the pump may send this file's next message (a chunk, or the end) now.</summary>
    public bool CanSend => State == Phase.Sending && SentChunks - AckedChunks < TransferBody.Window;

    public void Dispose() => Hash.Dispose();
}
