using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class ProgressTextTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Format_Partway_BarPercentSizesAndSpeed()
    {
        Assert.Equal("[#####.....]  50%  1.5 MiB of 3.0 MiB  850.0 KiB/s", ProgressText.Format(3 * MiB / 2, 3 * MiB, 850 * 1024));
    }

    [Fact]
    public void Format_Done_FullBar()
    {
        Assert.Equal("[##########] 100%  512 B of 512 B  0 B/s", ProgressText.Format(512, 512, 0));
    }

    [Theory]
    [InlineData(0, 100, "[..........]")]
    [InlineData(9, 100, "[..........]")]
    [InlineData(10, 100, "[#.........]")]
    [InlineData(99, 100, "[#########.]")]
    [InlineData(0, 0, "[##########]")]
    public void Bar_OneCellPerTenth(long transferred, long total, string bar)
    {
        Assert.Equal(bar, ProgressText.Bar(transferred, total));
    }

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(1023, "1023 B")]
    [InlineData(1536, "1.5 KiB")]
    [InlineData(3 * MiB, "3.0 MiB")]
    [InlineData(2L * 1024 * MiB, "2.0 GiB")]
    public void Bytes_BinaryUnits(long bytes, string text)
    {
        Assert.Equal(text, ProgressText.Bytes(bytes));
    }

    [Fact]
    public void Tracker_ReportsEachNewTenthOnce_WithAverageSpeed()
    {
        var clock = new ManualClock();
        var tracker = new ProgressTracker(clock);

        Assert.False(tracker.Step(5, 100));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(tracker.Step(15, 100));
        Assert.Equal(15, tracker.BytesPerSecond);
        Assert.False(tracker.Step(19, 100));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(tracker.Step(55, 100));
        Assert.Equal(27.5, tracker.BytesPerSecond);
        Assert.True(tracker.Step(100, 100));
        Assert.False(tracker.Step(100, 100));
    }

    [Fact]
    public void Tracker_EmptyFile_ReportsTheEnd()
    {
        Assert.True(new ProgressTracker(new ManualClock()).Step(0, 0));
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
