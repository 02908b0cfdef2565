using SecureChat.Protocol;

namespace SecureChat.Core.Tests.Protocol;

public sealed class TerminalTextTests
{
    private const string Esc = "\u001B";
    private const string Bel = "\u0007";
    private const string St = Esc + "\\";

    public static TheoryData<string, string, string> Sequences => new()
    {
        { "CSI colour", Esc + "[31mred" + Esc + "[0m", "red" },
        { "CSI 256 colour", Esc + "[38;5;196mX" + Esc + "[m", "X" },
        { "CSI truecolour", Esc + "[38:2::255:0:0mX", "X" },
        { "cursor up", "a" + Esc + "[2Ab", "ab" },
        { "cursor position", Esc + "[10;20Hhere", "here" },
        { "erase display", Esc + "[2J" + Esc + "[3Jclean", "clean" },
        { "private mode", Esc + "[?1049halt", "alt" },
        { "CSI with intermediate", Esc + "[1 qcursor", "cursor" },
        { "OSC 8 hyperlink, ESC \\ terminated", Esc + "]8;;https://evil.example/" + St + "click" + Esc + "]8;;" + St, "click" },
        { "OSC 8 hyperlink, BEL terminated", Esc + "]8;;https://evil.example/" + Bel + "click" + Esc + "]8;;" + Bel, "click" },
        { "OSC title, BEL", Esc + "]0;pwned" + Bel + "hi", "hi" },
        { "OSC title, ESC \\", Esc + "]2;pwned" + St + "hi", "hi" },
        { "OSC 52 clipboard", Esc + "]52;c;cm0gLXJmIH4=" + Bel + "ok", "ok" },
        { "OSC unterminated", "before" + Esc + "]0;title never ends", "before" },
        { "DCS", Esc + "P1$r0m" + St + "after", "after" },
        { "APC", Esc + "_hidden" + St + "shown", "shown" },
        { "PM", Esc + "^hidden" + St + "shown", "shown" },
        { "SOS", Esc + "Xhidden" + St + "shown", "shown" },
        { "8-bit CSI", "\u009B31mred\u009B0m", "red" },
        { "8-bit OSC with 8-bit ST", "\u009D0;title\u009Cshown", "shown" },
        { "8-bit DCS", "\u0090q#0;2;0;0;0\u009Cshown", "shown" },
        { "ESC c reset", Esc + "cafter", "after" },
        { "ESC 7 save cursor", Esc + "7x" + Esc + "8", "x" },
        { "charset selection", Esc + "(0lqk" + Esc + "(B", "lqk" },
        { "lone ESC at end", "text" + Esc, "text" },
        { "ESC [ at end", "text" + Esc + "[", "text" },
        { "ESC [ params at end", "text" + Esc + "[12;", "text" },
        { "8-bit CSI at end", "text\u009B", "text" },
        { "C0 controls", "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg" + Bel, "abcdefg" },
        { "C1 controls", "a\u0080b\u0085c\u008Ed\u009Ae", "abcde" },
        { "8-bit APC", "\u009Fhidden\u009Cshown", "shown" },
        { "8-bit PM", "\u009Ehidden" + Bel + "shown", "shown" },
        { "DEL", "a\u007Fb", "ab" },
        { "bidi RLO U+202E", "invoice\u202Efdp.exe", "invoicefdp.exe" },
        { "bidi LRI U+2066 and PDI", "a\u2066b\u2069c", "abc" },
        { "bidi marks", "a\u200Eb\u200Fc\u061Cd", "abcd" },
        { "bidi embeddings", "\u202Aa\u202Bb\u202Cc\u202Dd", "abcd" },
        { "tab", "a\tb", "a b" },
        { "newlines", "line1\nline2\r\nline3", "line1 line2  line3" },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Sanitize_Sequence_RemovedWhole(string scenario, string input, string expected)
    {
        var output = TerminalText.Sanitize(input);

        Assert.True(expected == output, $"{scenario}: expected \"{expected}\", got \"{output}\"");
        Assert.True(TerminalText.IsSafe(output), scenario);
    }

    [Theory]
    [InlineData("Hello, world!")]
    [InlineData("\u00E9t\u00E9 na\u00EFve \u00DF")]
    [InlineData("\u3053\u3093\u306B\u3061\u306F \u4E16\u754C")]
    [InlineData("\u0645\u0631\u062D\u0628\u0627")] // Arabic: right-to-left text itself is kept, only the overrides go
    [InlineData("\U0001F600 \U0001F44D\U0001F3FD \U0001F469\u200D\U0001F469\u200D\U0001F467")] // emoji, skin tone, ZWJ family
    [InlineData("\U0001F1FA\U0001F1F8")] // flag: regional indicators
    [InlineData("1 < 2 && [brackets] ~ \\ \"quotes\"")]
    public void Sanitize_PlainUnicode_KeptIntact(string text)
    {
        Assert.Equal(text, TerminalText.Sanitize(text));
        Assert.True(TerminalText.IsSafe(text));
    }

    [Fact]
    public void Sanitize_Empty_Empty()
    {
        Assert.Equal(string.Empty, TerminalText.Sanitize(string.Empty));
    }

    [Fact]
    public void Sanitize_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => TerminalText.Sanitize(null!));
    }

    [Theory]
    [InlineData("\u001B[31m")]
    [InlineData("a\u202Eb")]
    [InlineData("tab\there")]
    public void IsSafe_TextWithControls_False(string text)
    {
        Assert.False(TerminalText.IsSafe(text));
    }

    [Fact]
    public void Sanitize_RandomText_NoControlOrBidiCharacterSurvives()
    {
        // A deterministic mix of escape introducers, terminators, controls and ordinary text.
        string[] pieces = [Esc, "[", "]", "P", "\\", Bel, "\u009B", "\u009C", "\u009D", "\u0090", "\u202E", "\u2066", "\t", "\n", "\u007F", "\u0085", "0", ";", "m", "a", "\u00E9", "\U0001F600", " "];
        var random = new Random(4_242);
        for (var i = 0; i < 3000; i++)
        {
            var input = string.Concat(Enumerable.Range(0, random.Next(0, 24)).Select(_ => pieces[random.Next(pieces.Length)]));

            var output = TerminalText.Sanitize(input);

            Assert.DoesNotContain(output, static c => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
            Assert.Equal(output, TerminalText.Sanitize(output));
        }
    }

    [Fact]
    public void Sanitize_EscapeIntroducerBeforeAstralCharacter_LeavesNoLoneSurrogate()
    {
        // An astral character is two UTF-16 chars; skipping one "final byte" must not split the pair.
        string[] inputs =
        [
            Esc + "\U0001F600tail",
            Esc + "[\U0001F600tail",
            Esc + "[31\U0001F600tail",
            Esc + "(\U0001F600tail",
            "\u009B\U0001F600tail",
            "\u009B1;2\U0001F600tail",
        ];

        foreach (var input in inputs)
        {
            var output = TerminalText.Sanitize(input);

            Assert.EndsWith("tail", output, StringComparison.Ordinal);
            Assert.DoesNotContain(output, static c => char.IsSurrogate(c));
        }
    }

    [Fact]
    public void Sanitize_LoneSurrogates_Dropped()
    {
        var input = "a" + (char)0xD83D + "b" + (char)0xDE00 + "c\U0001F600";

        Assert.Equal("abc\U0001F600", TerminalText.Sanitize(input));
    }
}
