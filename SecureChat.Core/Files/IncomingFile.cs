using System.Security.Cryptography;

namespace SecureChat.Files;

/// <summary>One file the peer sends: offered, then (accepted) receiving into the caller's destination, hashing every byte written.</summary>
internal sealed class IncomingFile(FileTransferId id, long size) : IDisposable
{
    public FileTransferId Id { get; } = id;

    public long Size { get; } = size;

    /// <summary>Null until accepted.</summary>
    public Stream? Destination { get; set; }

    public IncrementalHash Hash { get; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long ReceivedBytes { get; set; }

    public long ReceivedChunks { get; set; }

    public long AckedChunks { get; set; }

    public void Dispose() => Hash.Dispose();
}
