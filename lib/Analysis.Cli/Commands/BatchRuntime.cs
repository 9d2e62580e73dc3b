using System.Diagnostics;
using System.Reflection;

namespace Analysis.Cli.Commands;

/// <summary>
/// Runs <c>analysis extract</c> with runtime settings for a long batch run. The runtime reads them once per process, so
/// extract re-launches itself with them; setting <c>DOTNET_TC_QuickJit</c> yourself (to 0 or 1) skips the re-launch,
/// and any of them set in the environment is left as it is.
/// <list type="bullet">
/// <item><c>TC_QuickJit=0</c>: every method is compiled optimised at its first call. The default starts each method as
/// quick, unoptimised code and recompiles the hot ones later; over a corpus that warm-up was a third of an extraction
/// (all 19,043 Reuters-21578 articles, 1 thread, two runs side by side: 12.8-16.3 s with quick JIT, 8.6-9.1 s without).
/// The notebook runner and kernel, which compile C# with Roslyn, start 40 % slower without it (report on the seeds:
/// 8.1 s -> 11.2-13.3 s), so only extract uses it.</item>
/// <item><c>TC_CallCountingDelayMs=0</c>: the runtime's own precompiled code (the regex interpreter among it) is
/// recompiled for speed once it is hot, but it starts counting calls only after 100 ms without new JIT work, which a
/// run that keeps meeting new methods postpones for seconds. Counting at once made the same corpus run about 10 %
/// faster on 1 and on 2 threads (medians of 4 alternated runs, twice: 10.2 -> 9.4 s and 15.3 -> 13.2 s on 1 thread,
/// 6.8 -> 5.8 s and 8.9 -> 8.1 s on 2; the VM's noise is of the same order, but every pair went the same way).</item>
/// <item><c>gcServer=1</c> and <c>GCgen0size=0x4000000</c>: an extraction allocated some 50 bytes per character of
/// text (37 since: runs read as spans, corpus lines as bytes), nearly all of it garbage within the article, and every
/// collection stops every thread. With the default (workstation) collector a gen-0 collection came every 16 MB: 200
/// in four passes over Reuters-21578 (63 MB of text), pausing the run 0.4 s on 1 thread and 0.7-0.8 s on 2, where
/// each pause stops both threads. A 64 MB gen-0
/// budget needs a quarter of the collections. The server collector's dynamic adaptation (on by default) keeps one heap
/// while one is enough, so peak memory stays near 200-260 MB. Measured on the 2-core VM, three alternated rounds, with
/// the PLINQ merge of the time: 2 threads 4.33-4.57 s -> 3.94-4.05 s (the 64 MB budget with the workstation collector:
/// 4.04-4.33 s), 1 thread 7.01-7.11 s -> 6.70-6.88 s, pauses on 2 threads 0.66-0.73 s -> 0.24-0.28 s. With the
/// writer-less hand-over that came after, the two collectors ran within the noise of each other.</item>
/// <item><c>gcConcurrent=0</c>: the gen-2 collections of a run (two on Reuters-21578) are done while the threads wait,
/// not by a background collector beside them, which on two cores takes one from the extraction and slows allocation
/// while it marks. Five alternated rounds on Reuters-21578 (medians): 1 thread 1.71 -> 1.63 s, 2 threads 1.08 -> 0.94 s
/// (their CPU time 2.01 -> 1.74 s), with fewer gen-0 and gen-1 collections and peak memory alike (206-251 MB).</item>
/// </list>
/// Tiered PGO is off for the whole program (the project file says why).
/// </summary>
internal static class BatchRuntime
{
    private const string QuickJit = "DOTNET_TC_QuickJit";

    private static readonly (string Name, string Value)[] Settings =
        [(QuickJit, "0"), ("DOTNET_TC_CallCountingDelayMs", "0"), ("DOTNET_gcServer", "1"), ("DOTNET_GCgen0size", "0x4000000"),
         ("DOTNET_gcConcurrent", "0")];

    /// <summary>
    /// True when <paramref name="args"/> run a batch extraction in an <c>analysis</c> process that still uses quick JIT
    /// (not when a host such as a test calls <see cref="Program.Main"/> in its own process).
    /// </summary>
    public static bool ShouldRelaunch(string[] args) =>
        args.Length > 1 && args[0] == "extract" && !args.Contains("--help") && !args.Contains("-h")
        && Environment.GetEnvironmentVariable(QuickJit) is null && Environment.ProcessPath is not null
        && Assembly.GetEntryAssembly() == typeof(Program).Assembly;

    /// <summary>Runs the same command line in a child process with the batch settings and returns its exit code.</summary>
    public static int Relaunch(string[] args)
    {
        var start = SelfProcess.StartInfo(args);
        foreach (var (name, value) in Settings)
            if (Environment.GetEnvironmentVariable(name) is null) start.Environment[name] = value;
        // Ctrl+C reaches the child too (same process group); the parent waits for it to stop and passes its code on.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
