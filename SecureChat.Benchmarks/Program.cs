using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SecureChat.Benchmarks;

// Usage: dotnet run -c Release --project SecureChat.Benchmarks -- --filter '*' [--docs docs/benchmarks.md]
// Every other argument goes to BenchmarkDotNet. With --docs, the results page is rewritten from this run.
var arguments = args.ToList();
string? docsPath = null;
var docsIndex = arguments.IndexOf("--docs");
if (docsIndex >= 0)
{
    if (docsIndex + 1 >= arguments.Count)
    {
        await Console.Error.WriteLineAsync("--docs needs a path.").ConfigureAwait(false);
        return 2;
    }

    docsPath = Path.GetFullPath(arguments[docsIndex + 1]);
    arguments.RemoveRange(docsIndex, 2);
}

var loadAtStart = Machine.LoadAverage();

// DefaultConfig already exports GitHub markdown (artifacts/benchmarks/results/*-report-github.md).
var config = DefaultConfig.Instance.WithArtifactsPath(Path.GetFullPath(Path.Combine("artifacts", "benchmarks")));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchJobs).Assembly).Run([.. arguments], config).ToList();
var failed = summaries.Count == 0 || summaries.Exists(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
if (docsPath is not null && !failed)
{
    await ResultsPage.WriteAsync(docsPath, summaries, loadAtStart).ConfigureAwait(false);
    Console.WriteLine($"Wrote {docsPath}");
}

return failed ? 1 : 0;
