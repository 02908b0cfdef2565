namespace SecureChat.Core.Tests.Session.Files;

public sealed class FileTransferIdTests
{
    [Fact]
    public void FileTransferId_ToStringAndTryParse_RoundTrip()
    {
        var id = FileTransferId.NewRandom();
        var text = id.ToString();

        Assert.Matches("^[0-9a-f]{32}$", text);
        Assert.Equal(text[..8], id.ShortText);
        Assert.True(FileTransferId.TryParse(text.ToUpperInvariant(), out var parsed));
        Assert.Equal(id, parsed);
        var bytes = new byte[FileTransferId.Size];
        id.Write(bytes);
        Assert.Equal(id, FileTransferId.Read(bytes));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdefa")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    [InlineData("+123456789abcdef0123456789abcdef")]
    public void FileTransferId_TryParse_RefusesAnythingButThirtyTwoHexDigits(string? text)
    {
        Assert.False(FileTransferId.TryParse(text, out _));
    }

    [Fact]
    public void FileTransferId_NewRandom_IsNotRepeated()
    {
        Assert.Equal(1000, Enumerable.Range(0, 1000).Select(_ => FileTransferId.NewRandom()).Distinct().Count());
    }
}
