using SecureChat.Cli;

namespace SecureChat.Core.Tests.Cli;

public sealed class QrTextTests
{
    private const string Code = "K7Q2M9XR4T-pelican-oboe-tundra";

    [Fact]
    public void Modules_Code_SquareOfAValidVersionWithQuietZone()
    {
        var modules = QrText.Modules(Code);
        var size = modules.GetLength(0);

        Assert.Equal(size, modules.GetLength(1));
        // A version v symbol is 17 + 4v modules, plus a four-module quiet zone on each side.
        var version = (size - 8 - 17) / 4;
        Assert.Equal(17 + (4 * version) + 8, size);
        Assert.InRange(version, 1, 4);
    }

    [Fact]
    public void Modules_FinderPatterns_InThreeCorners()
    {
        var modules = QrText.Modules(Code);
        var size = modules.GetLength(0);
        var inner = size - 8;

        foreach (var (top, left) in new[] { (4, 4), (4, 4 + inner - 7), (4 + inner - 7, 4) })
        {
            for (var y = 0; y < 7; y++)
            {
                for (var x = 0; x < 7; x++)
                {
                    var ring = Math.Max(Math.Abs(y - 3), Math.Abs(x - 3));
                    Assert.Equal(ring != 2, modules[top + y, left + x]);
                }
            }
        }
    }

    [Fact]
    public void Render_HalfBlocks_TwoModuleRowsPerLineAndDecodeBackToTheMatrix()
    {
        var modules = QrText.Modules(Code);
        var size = modules.GetLength(0);

        var rows = QrText.Render(Code);

        Assert.Equal((size + 1) / 2, rows.Count);
        Assert.All(rows, r => Assert.Equal(size, r.Length));
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var c = rows[y / 2][x];
                var light = y % 2 == 0 ? c is '█' or '▀' : c is '█' or '▄';
                Assert.Equal(!modules[y, x], light);
            }
        }
    }

    [Fact]
    public void Render_SameCode_SameRows_OtherCode_OtherRows()
    {
        Assert.Equal(QrText.Render(Code), QrText.Render(Code));
        Assert.NotEqual(QrText.Render(Code), QrText.Render("AAAAAAAAAA-pelican-oboe-tundra"));
    }

    [Fact]
    public void JoinCommand_DefaultRelay_Bare_OtherRelay_Named()
    {
        Assert.Equal("securechat join", InviteShow.JoinCommand(ChatSessionOptions.DefaultRelayUri));
        Assert.Equal("securechat join --relay wss://chat.example.org", InviteShow.JoinCommand(new Uri("wss://chat.example.org")));
    }
}
