// Cake build: Clean -> Build -> Test -> Pack / Publish; Bench and Fuzz on their own (not part of Test).
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var testFilter = Argument("filter", "");
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
    foreach (var project in GetFiles("./*.Tests/*.Tests.csproj"))
    {
        DotNetTest(project.FullPath, settings);
    }
});

Task("Pack")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetPack("./SecureChat.Core/SecureChat.Core.csproj", new DotNetPackSettings
    {
        Configuration = configuration,
        NoBuild = true,
        OutputDirectory = artifacts,
    });
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
});

// Release always (numbers from a Debug build mean nothing), whatever --configuration says. Short jobs keep the run
// to a few minutes on 2 cores; the benchmark program itself rewrites docs/benchmarks.md from what it measured.
Task("Bench")
    .Does(() =>
{
    DotNetRun("./SecureChat.Benchmarks/SecureChat.Benchmarks.csproj", new ProcessArgumentBuilder()
        .Append("--filter").AppendQuoted("*")
        .Append("--docs").AppendQuoted(MakeAbsolute(File("./docs/benchmarks.md")).FullPath),
        new DotNetRunSettings { Configuration = "Release" });
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
