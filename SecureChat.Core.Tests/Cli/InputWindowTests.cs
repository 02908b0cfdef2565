using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class InputWindowTests
{
    [Fact]
    public void Fit_ShortLine_ShownWhole()
    {
        Assert.Equal(("hello", 2), InputWindow.Fit("he", "llo", 20));
    }

    [Fact]
    public void Fit_LongLineCursorAtEnd_ShowsTheTailWithRoomForCursor()
    {
        var (visible, column) = InputWindow.Fit("abcdefghij", string.Empty, 5);

        Assert.Equal("ghij", visible);
        Assert.Equal(4, column);
    }

    [Fact]
    public void Fit_LongLineCursorAtStart_ShowsTheHead()
    {
        Assert.Equal(("abcde", 0), InputWindow.Fit(string.Empty, "abcdefghij", 5));
    }

    [Fact]
    public void Fit_LongLineCursorInMiddle_KeepsCursorInView()
    {
        var (visible, column) = InputWindow.Fit("abcdefg", "hij", 5);

        Assert.Equal("defgh", visible);
        Assert.Equal(4, column);
        Assert.Equal('h', visible[column]);
    }
}
