// Cake build: Clean -> Build -> Test -> Pack / Publish / Container; Bench, LoadTest and Fuzz on their own (not part of Test).
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var testFilter = Argument("filter", "");
// Container only: another base image than the SDK's default (mcr.microsoft.com/dotnet/aspnet), e.g. a mirror.
var containerBaseImage = Argument("container-base-image", "");
var fuzzSeconds = Argument("fuzz-seconds", 60);

var solution = "./SecureChat.sln";
var artifacts = MakeAbsolute(Directory("./artifacts"));
var testResults = artifacts.Combine("test-results");

Task("Clean")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Quiet });
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(testResults);
    var settings = new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        ResultsDirectory = testResults,
        Loggers = { "trx", "console;verbosity=minimal" },
    };
    if (!string.IsNullOrEmpty(testFilter))
    {
        settings.Filter = testFilter;
    }
    // Every test project runs even when an earlier one fails, so CI reports every failure in one go.
    var failed = new List<string>();
    foreach (var project in GetFiles("./*.Tests/*.Tests.csproj"))
    {
        try
        {
            DotNetTest(project.FullPath, settings);
        }
        catch (Exception e)
        {
            Error(e.Message);
            failed.Add(project.GetFilenameWithoutExtension().ToString());
        }
    }

    if (failed.Count > 0)
    {
        throw new CakeException($"Tests failed in: {string.Join(", ", failed)}.");
    }
});

// The library package and both executables as .NET tools (securechat, securechat-relay), all into artifacts/:
//   dotnet tool install --global --add-source artifacts securechat
Task("Pack")
    .IsDependentOn("Build")
    .Does(() =>
{
    foreach (var project in new[]
    {
        "./SecureChat.Core/SecureChat.Core.csproj",
        "./SecureChat.Cli/SecureChat.Cli.csproj",
        "./SecureChat.Relay/SecureChat.Relay.csproj",
    })
    {
        DotNetPack(project, new DotNetPackSettings
        {
            Configuration = configuration,
            NoBuild = true,
            OutputDirectory = artifacts,
        });
    }
});

Task("Publish")
    .Does(() =>
{
    foreach (var project in new[] { "./SecureChat.Cli/SecureChat.Cli.csproj", "./SecureChat.Relay/SecureChat.Relay.csproj" })
    {
        DotNetPublish(project, new DotNetPublishSettings
        {
            Configuration = configuration,
            Runtime = "linux-x64",
            SelfContained = true,
            PublishSingleFile = true,
            OutputDirectory = artifacts.Combine("linux-x64"),
            MSBuildSettings = new DotNetMSBuildSettings()
                .WithProperty("IncludeNativeLibrariesForSelfExtract", "true"),
        });
    }

    // sha256sum's format ("<hex>  <name>"), so `cd artifacts/linux-x64 && sha256sum -c SHA256SUMS` checks a download.
    var output = artifacts.Combine("linux-x64");
    var sums = GetFiles(output.FullPath + "/*")
        .Where(file => file.GetFilename().FullPath != "SHA256SUMS")
        .OrderBy(file => file.GetFilename().FullPath, StringComparer.Ordinal)
        .Select(file => $"{CalculateFileHash(file, HashAlgorithm.SHA256).ToHex().ToLowerInvariant()}  {file.GetFilename()}");
    System.IO.File.WriteAllText(output.CombineWithFilePath("SHA256SUMS").FullPath, string.Join("\n", sums) + "\n");
    Information("Wrote {0}", output.CombineWithFilePath("SHA256SUMS"));
});

// The relay's container image as an OCI archive, built by the SDK without Docker or Podman (docs/deploy.md):
// load it with `docker load -i`, `podman load -i` or `skopeo copy oci-archive:...`. The image's settings (name, port,
// user, ASPNETCORE_URLS) are in SecureChat.Relay.csproj.
Task("Container")
    .Does(() =>
{
    var msbuild = new DotNetMSBuildSettings()
        .WithTarget("PublishContainer")
        .WithProperty("ContainerArchiveOutputPath", artifacts.CombineWithFilePath("securechat-relay.tar").FullPath);
    if (!string.IsNullOrEmpty(containerBaseImage))
    {
        msbuild = msbuild.WithProperty("ContainerBaseImage", containerBaseImage);
    }
    DotNetPublish("./SecureChat.Relay/SecureChat.Relay.csproj", new DotNetPublishSettings
    {
        Configuration = configuration,
        MSBuildSettings = msbuild,
    });
});

// Release always (numbers from a Debug build mean nothing), whatever --configuration says. Short jobs keep the run
// to a few minutes on 2 cores; the benchmark program itself rewrites docs/benchmarks.md from what it measured.
// Both tools: LoadTest first (the relay against the Node reference, docs/relay-benchmarks.md), then BenchmarkDotNet.
Task("Bench")
    .IsDependentOn("LoadTest")
    .Does(() =>
{
    DotNetRun("./SecureChat.Benchmarks/SecureChat.Benchmarks.csproj", new ProcessArgumentBuilder()
        .Append("--filter").AppendQuoted("*")
        .Append("--docs").AppendQuoted(MakeAbsolute(File("./docs/benchmarks.md")).FullPath),
        new DotNetRunSettings { Configuration = "Release" });
});

// Not part of Test: starts SecureChat.Relay and the reference Node relay on loopback, loads both the same way and
// rewrites docs/relay-benchmarks.md with what it measured (a few minutes; needs node and npm).
Task("LoadTest")
    .Does(() =>
{
    var exitCode = StartProcess("bash", new ProcessSettings { Arguments = "bench/run-relay-comparison.sh" });
    if (exitCode != 0)
    {
        throw new Exception($"bench/run-relay-comparison.sh failed with exit code {exitCode}.");
    }
});

// A bounded AFL++ campaign over every fuzz target, one after another (docs/fuzzing.md). fuzz/run.sh builds and
// instruments once, merges each target's finds into fuzz/corpus/ and exits 1 when it saved crashes.
Task("Fuzz")
    .Does(() =>
{
    var crashed = new List<string>();
    var built = false;
    foreach (var fuzzTarget in new[] { "codec", "hardened", "inbound", "inspector", "sanitize", "invite" })
    {
        var exitCode = StartProcess("bash", new ProcessSettings
        {
            Arguments = new ProcessArgumentBuilder().Append("fuzz/run.sh").Append(fuzzTarget).Append(fuzzSeconds.ToString()),
            EnvironmentVariables = new Dictionary<string, string> { ["FUZZ_NO_BUILD"] = built ? "1" : "0" },
        });
        built = true;
        if (exitCode == 1)
        {
            crashed.Add(fuzzTarget);
        }
        else if (exitCode != 0)
        {
            throw new CakeException($"fuzz/run.sh {fuzzTarget} failed with exit code {exitCode}.");
        }
    }

    if (crashed.Count > 0)
    {
        throw new CakeException($"Fuzz: crashes in {string.Join(", ", crashed)}; the inputs are under fuzz/crashes/.");
    }
});

Task("Default").IsDependentOn("Test");

RunTarget(target);
