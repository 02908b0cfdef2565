using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace SecureChat.Benchmarks;

/// <summary>
/// The two jobs. Both run in-process: the generated out-of-process project would inherit this repository's
/// Directory.Build.props (warnings as errors, analyzers) and BenchmarkDotNet's generated code is not written for it.
/// Iteration counts are kept small so the whole run fits in a few minutes on a shared 2-core VM.
/// </summary>
internal static class BenchJobs
{
    /// <summary>Many invocations per iteration: for operations of micro- to milliseconds with no per-call setup.</summary>
    public static Job Short { get; } = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(6)
        .WithIterationCount(15)
        .WithIterationTime(TimeInterval.FromMilliseconds(250))
        .WithId("Short");

    /// <summary>One invocation per iteration, required by [IterationSetup]: each handshake step needs fresh state.</summary>
    public static Job Step { get; } = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(10)
        .WithIterationCount(100)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithId("Step");
}

/// <summary>Applies <see cref="BenchJobs.Short"/>.</summary>
public sealed class ShortConfig : ManualConfig
{
    public ShortConfig() => AddJob(BenchJobs.Short);
}

/// <summary>Applies <see cref="BenchJobs.Step"/>.</summary>
public sealed class StepConfig : ManualConfig
{
    public StepConfig() => AddJob(BenchJobs.Step);
}
