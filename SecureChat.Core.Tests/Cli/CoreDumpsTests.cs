using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class CoreDumpsTests
{
    [Fact]
    public void CoreDumps_Disable_MakesTheProcessNotDumpable()
    {
        Assert.True(CoreDumps.Disable());
        Assert.False(CoreDumps.IsDumpable());
    }
}
