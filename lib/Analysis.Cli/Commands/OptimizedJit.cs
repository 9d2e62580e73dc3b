using System.Diagnostics;
using System.Reflection;

namespace Analysis.Cli.Commands;

/// <summary>
/// Runs <c>analysis extract</c> with every method compiled optimised at its first call. The runtime starts each
/// method as quick, unoptimised code and recompiles the hot ones later; over a corpus that warm-up is a third of an
/// extraction (all 19,043 Reuters-21578 articles, 1 thread, two runs side by side: 12.8-16.3 s with quick JIT,
/// 8.6-9.1 s without), while the notebook runner and kernel, which compile C# with Roslyn, start 40 % slower
/// without it (report on the seeds: 8.1 s -> 11.2-13.3 s). The runtime reads the setting once per process, so
/// extract re-launches itself with it; setting <c>DOTNET_TC_QuickJit</c> yourself (to 0 or 1) skips the re-launch.
/// </summary>
internal static class OptimizedJit
{
    private const string QuickJit = "DOTNET_TC_QuickJit";

    /// <summary>
    /// True when <paramref name="args"/> run a batch extraction in an <c>analysis</c> process that still uses quick JIT
    /// (not when a host such as a test calls <see cref="Program.Main"/> in its own process).
    /// </summary>
    public static bool ShouldRelaunch(string[] args) =>
        args.Length > 1 && args[0] == "extract" && !args.Contains("--help") && !args.Contains("-h")
        && Environment.GetEnvironmentVariable(QuickJit) is null && Environment.ProcessPath is not null
        && Assembly.GetEntryAssembly() == typeof(Program).Assembly;

    /// <summary>Runs the same command line in a child process without quick JIT and returns its exit code.</summary>
    public static int Relaunch(string[] args)
    {
        var start = SelfProcess.StartInfo(args);
        start.Environment[QuickJit] = "0";
        // Ctrl+C reaches the child too (same process group); the parent waits for it to stop and passes its code on.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
