using System.Diagnostics;

namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// A private tmux server (its own socket) whose panes run real programs on real pseudo-terminals: the test types
/// with send-keys and reads the screens with capture-pane, as a person would.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _socket = $"securechat-test-{Guid.NewGuid():N}";

    public TmuxSession(string firstCommand, int width = 120, int height = 40) =>
        Run("new-session", "-d", "-s", "t", "-x", $"{width}", "-y", $"{height}", firstCommand);

    /// <summary>Opens a second pane running <paramref name="command"/>; returns its index.</summary>
    public int Split(string command)
    {
        Run("split-window", "-t", "t", command);
        return 1;
    }

    public void Type(int pane, string text) => Run("send-keys", "-t", $"t.{pane}", "-l", text);

    public void Press(int pane, string key) => Run("send-keys", "-t", $"t.{pane}", key);

    public string Screen(int pane) => Run("capture-pane", "-p", "-J", "-t", $"t.{pane}");

    /// <summary>Polls the pane until <paramref name="condition"/> holds; fails with the screen when patience runs out.</summary>
    public async Task<string> WaitForAsync(int pane, Func<string, bool> condition)
    {
        var clock = Stopwatch.StartNew();
        var screen = string.Empty;
        while (clock.Elapsed < Patience)
        {
            screen = Screen(pane);
            if (condition(screen))
            {
                return screen;
            }

            // A screen has no event to await: poll it, briefly.
            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"pane {pane} never showed what was expected; it shows:\n{screen}");
    }

    public void Dispose()
    {
        try
        {
            Run("kill-server");
        }
        catch (InvalidOperationException)
        {
            // Already gone with its last pane.
        }
    }

    private string Run(params string[] arguments)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-L");
        info.ArgumentList.Add(_socket);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"tmux {arguments[0]}: {error.Trim()}");
    }
}
