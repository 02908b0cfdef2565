using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace SecureChat.Core.Tests.Integration;

/// <summary>
/// A <c>securechat pipe</c> process: the test writes binary stdin, stdout is hashed as it arrives (never held in
/// memory), stderr lines are collected. Started without a controlling terminal (setsid) so <c>pipe join</c> takes
/// its code from the environment, as in a script.
/// </summary>
internal sealed class PipeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly Channel<string> _errors = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];
    private readonly Task<(byte[] Hash, long Length)> _output;
    private bool _disposed;

    private PipeProcess(Process process)
    {
        _process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _errors.Writer.TryComplete();
            }
            else
            {
                _errors.Writer.TryWrite(e.Data);
            }
        };
        process.Start();
        process.BeginErrorReadLine();
        _output = HashAsync(process.StandardOutput.BaseStream);
    }

    public static PipeProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var detach = File.Exists("/usr/bin/setsid");
        var info = new ProcessStartInfo(detach ? "/usr/bin/setsid" : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (detach)
        {
            info.ArgumentList.Add("--wait");
            info.ArgumentList.Add("dotnet");
        }

        info.ArgumentList.Add(CliProcessTests.CliDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return new PipeProcess(new Process { StartInfo = info });
    }

    public IReadOnlyList<string> Seen => _seen;

    public Stream Input => _process.StandardInput.BaseStream;

    /// <summary>SHA-256 and length of everything the process wrote to stdout, once it closed it.</summary>
    public Task<(byte[] Hash, long Length)> Output => _output;

    public async Task<string> WaitForErrorLineAsync(Func<string, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (await _errors.Reader.WaitToReadAsync(timeout.Token))
            {
                while (_errors.Reader.TryRead(out var line))
                {
                    _seen.Add(line);
                    if (match(line))
                    {
                        return line;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below with what was seen.
        }

        throw new Xunit.Sdk.XunitException($"expected stderr line not seen; stderr so far:\n{string.Join('\n', _seen)}");
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task<(byte[] Hash, long Length)> HashAsync(Stream stream)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        long length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            length += read;
        }

        return (hash.GetHashAndReset(), length);
    }
}
