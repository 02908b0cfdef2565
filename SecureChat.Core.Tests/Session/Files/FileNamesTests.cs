using SecureChat.Files;

namespace SecureChat.Core.Tests.Session.Files;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\System32\\drivers\\etc\\hosts", "hosts")]
    [InlineData("/etc/shadow", "shadow")]
    [InlineData("C:evil.exe", "C_evil.exe")]
    [InlineData("..", FileNames.Fallback)]
    [InlineData(".", FileNames.Fallback)]
    [InlineData("", FileNames.Fallback)]
    [InlineData("   ", FileNames.Fallback)]
    [InlineData("dir/", FileNames.Fallback)]
    [InlineData("\u001b[31m\u0007", "[31m")]
    [InlineData("report\u001b]0;owned\u0007.pdf", "report]0;owned.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("a\u2066b\u2069c\u200Bd\uFEFF.txt", "abcd.txt")]
    [InlineData("line\nbreak\r.txt", "linebreak.txt")]
    [InlineData("nul\0byte.txt", "nulbyte.txt")]
    [InlineData("...hidden", "hidden")]
    [InlineData(".bashrc", "bashrc")]
    [InlineData(" . .x", "x")]
    [InlineData("trailing. . ", "trailing")]
    [InlineData("CON", "_CON")]
    [InlineData("con.txt", "_con.txt")]
    [InlineData("LPT9.tar.gz", "_LPT9.tar.gz")]
    [InlineData("COM¹", "_COM¹")]
    [InlineData("CONSOLE.txt", "CONSOLE.txt")]
    [InlineData("what?<>|*\".txt", "what______.txt")]
    [InlineData("plain name (1).tar.gz", "plain name (1).tar.gz")]
    [InlineData("日本語.txt", "日本語.txt")]
    public void SanitizeBaseName_HostileOrPlain_GivesASafeBaseName(string offered, string expected)
    {
        var safe = FileNames.SanitizeBaseName(offered);

        Assert.Equal(expected, safe);
        Assert.True(FileNames.IsSanitized(safe), "applying it twice changes nothing");
    }

    [Fact]
    public void SanitizeBaseName_VeryLong_IsCappedAndKeepsTheExtension()
    {
        var safe = FileNames.SanitizeBaseName(new string('a', 100_000) + ".pdf");

        Assert.EndsWith(".pdf", safe, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(safe) <= FileNames.MaxUtf8Bytes);
        Assert.True(FileNames.IsSanitized(safe));
    }

    [Theory]
    [InlineData("CON.", 196)] // a device stem with a long "extension": the "_" prefix used to push it past the cap
    [InlineData("nul.txt ", 196)]
    [InlineData("LPT1.", 300)]
    public void SanitizeBaseName_ReservedStemAtTheByteCap_IsIdempotentAndFitsTheCap(string stem, int padding)
    {
        // A peer offering such a name made DownloadFolder.CreateUnique (which insists on a sanitised name) throw
        // ArgumentException on the receiver's /accept.
        var safe = FileNames.SanitizeBaseName(stem + new string('a', padding));

        Assert.StartsWith("_", safe, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(safe) <= FileNames.MaxUtf8Bytes);
        Assert.True(FileNames.IsSanitized(safe), "applying it twice changes nothing");
    }

    [Fact]
    public void SanitizeBaseName_LongMultiByte_NeverSplitsACharacterAndFitsTheByteCap()
    {
        var safe = FileNames.SanitizeBaseName(string.Concat(Enumerable.Repeat("😀日", 500)));

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(safe) <= FileNames.MaxUtf8Bytes);
        Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(safe)));
        Assert.False(char.IsHighSurrogate(safe[^1]));
    }

    [Fact]
    public void SanitizeBaseName_NoSeparatorOrControlEverSurvives()
    {
        var hostile = string.Concat(Enumerable.Range(0, 0x3000).Select(i => (char)i)) + "/x";
        var safe = FileNames.SanitizeBaseName(hostile.Replace("/", "", StringComparison.Ordinal));

        Assert.DoesNotContain(safe, c => c is '/' or '\\' || char.IsControl(c) || c is '\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068');
    }
}
