namespace SecureChat.Files;

/// <summary>One <c>SendPipeDataAsync</c> call: its chunks wait in the pipe queue; the task completes when the last one is sent.</summary>
internal sealed class PipeWrite
{
    private readonly TaskCompletionSource<bool> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PipeWrite(int chunks) => Unsent = chunks;

    public int Unsent { get; set; }

    public CancellationTokenRegistration Registration { get; set; }

    public Task<bool> Task => _done.Task;

    public void Complete(bool sent)
    {
        _ = Registration.Unregister(); // not Dispose: that would wait for a running callback, which needs the session gate we hold
        _ = _done.TrySetResult(sent);
    }

    public void Cancel(CancellationToken token) => _ = _done.TrySetCanceled(token);
}
