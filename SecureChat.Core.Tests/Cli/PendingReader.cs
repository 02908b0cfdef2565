namespace SecureChat.Core.Tests.Cli;

/// <summary>Standard input that stays open and silent: the script never ends it.</summary>
internal sealed class PendingReader : TextReader
{
    private readonly TaskCompletionSource<string?> _never = new();

    public override Task<string?> ReadLineAsync() => _never.Task;
}
