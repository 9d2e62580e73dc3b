using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json;
using Analysis.Articles;
using Analysis.Extraction;
using Analysis.Tables;

namespace Analysis.Cli.Commands;

/// <summary>
/// The <c>--stats</c> lines of <c>analysis extract</c>: key=value figures that <c>analysis bench</c> (or a script) reads.
/// Peak memory is the kernel's high-water mark of this process' resident set (VmHWM), so it covers the whole run.
/// </summary>
internal static partial class RunStats
{
    /// <summary>
    /// Warms a timed run up before its clock starts, as a benchmark harness does (BenchmarkDotNet's warm-up iterations):
    /// readies the pipeline on its sample and the first <see cref="WarmUpArticles"/> articles of <paramref name="input"/>
    /// (<see cref="ExtractionPipeline.Prepare"/>: rules loaded, compiled regexes built; as the npm peers analyse the
    /// corpus's first texts before their clock starts, the paths the sample does not take are compiled then, not in the
    /// timed run), extracts <see cref="WarmUpArticles"/> copies of the sample (and two articles whose names resolve
    /// across them) with <paramref name="threads"/> threads into a temporary folder, so that every method an article runs
    /// is called often enough for the runtime to recompile it for speed (30 calls) and the reading, writing and
    /// name-resolution code runs too, and waits until the runtime's background JIT is idle. Returns the time it took.
    /// </summary>
    public static TimeSpan WarmUp(string input, int threads)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ExtractionPipeline.Default.Prepare(ArticleSource.Articles(input).Take(WarmUpArticles));
        var folder = Directory.CreateTempSubdirectory("analysis-warm-up-");
        try
        {
            var corpus = Path.Combine(folder.FullName, "warm-up.jsonl");
            var texts = Enumerable.Repeat(ExtractionPipeline.WarmUpSample, WarmUpArticles).Concat(ResolvedAcrossArticles);
            File.WriteAllLines(corpus, texts.Select((text, i) => JsonSerializer.Serialize(
                new { id = $"warm-up-{i + 1}", published = "2023-10-10", title = "Warm-up", text })));
            TableExtraction.Run(corpus, Path.Combine(folder.FullName, "tables"), ExtractOptions.Default.WithParallelism(threads));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        WaitForIdleJit();
        (_jitAtStart, _methodsAtStart) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        _cpuAtStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        _gcAtStart = GcFigures.Now();
        return clock.Elapsed;
    }

    /// <summary>Copies of the sample the warm-up extracts, and articles of the input it analyses.</summary>
    public const int WarmUpArticles = 40;

    // Two articles after the copies, the second naming by surname alone the person the first names in full: the
    // name-resolution pass rewrites a table as a corpus's does (a table whose names need nothing is moved, and the
    // rewrite would otherwise be compiled inside the timed run).
    private static readonly string[] ResolvedAcrossArticles =
    [
        "Deputy defence minister Maria Kowalczyk visited the base on Monday.",
        "\"We will stand with our allies,\" Kowalczyk said on Tuesday.",
    ];

    // The runtime recompiles hot methods on a background thread; a run timed before it is done pays for it on its
    // cores. Idle: no method compiled for 200 ms (waiting 10 s at most).
    private static void WaitForIdleJit()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var (last, quiet) = (System.Runtime.JitInfo.GetCompiledMethodCount(), 0); quiet < 4 && clock.Elapsed.TotalSeconds < 10;)
        {
            Thread.Sleep(50);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            (last, quiet) = (now, now == last ? quiet + 1 : 0);
        }
    }

    private static TimeSpan _jitAtStart;
    private static long _methodsAtStart;
    private static TimeSpan _cpuAtStart;
    private static GcFigures _gcAtStart;

    public static void Print(ExtractSummary summary, TimeSpan startup)
    {
        var seconds = Math.Max(1e-9, summary.Elapsed.TotalSeconds);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"startup_s={startup.TotalSeconds:F3}"));
        Console.WriteLine(string.Create(inv, $"elapsed_s={seconds:F3}"));
        Console.WriteLine(string.Create(inv, $"resolve_s={summary.Resolution.TotalSeconds:F3}"));
        // Analysing the articles alone (summed over threads), as the npm peers are timed: no reading, no tables.
        Console.WriteLine(string.Create(inv, $"analyse_s={summary.Analysis.TotalSeconds:F3}"));
        // The CPU time of the whole timed run on every thread: analysing plus reading, writing, resolving, JIT and GC.
        Console.WriteLine(string.Create(inv, $"cpu_run_s={(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalSeconds:F3}"));
        Console.WriteLine(string.Create(inv, $"articles={summary.Articles}"));
        Console.WriteLine(string.Create(inv, $"chars={summary.Characters}"));
        Console.WriteLine(string.Create(inv, $"mb_per_s={summary.Characters / 1e6 / seconds:F3}"));
        // JIT over the whole process (rule loading included), then within the timed run only, on every thread (the
        // runtime's background re-compiling of hot code included): the part of a run that is warm-up.
        Console.WriteLine(string.Create(inv, $"jit_s={System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F3}"));
        Console.WriteLine(string.Create(inv, $"jit_methods={System.Runtime.JitInfo.GetCompiledMethodCount()}"));
        Console.WriteLine(string.Create(inv, $"jit_run_s={(System.Runtime.JitInfo.GetCompilationTime() - _jitAtStart).TotalSeconds:F3}"));
        Console.WriteLine(string.Create(inv, $"jit_run_methods={System.Runtime.JitInfo.GetCompiledMethodCount() - _methodsAtStart}"));
        // Garbage collection within the timed run: collections of each generation, the time every thread was paused
        // for them, and the bytes allocated (what the collector had to clear).
        var gc = GcFigures.Now() - _gcAtStart;
        Console.WriteLine(string.Create(inv, $"gc_run_collections={gc.Gen0}/{gc.Gen1}/{gc.Gen2}"));
        Console.WriteLine(string.Create(inv, $"gc_run_pause_s={gc.Pause.TotalSeconds:F3}"));
        Console.WriteLine(string.Create(inv, $"gc_run_allocated_mb={gc.Allocated / 1048576.0:F0}"));
        if (PeakRssBytes() is { } peak) Console.WriteLine(string.Create(inv, $"peak_rss_mb={peak / 1048576.0:F1}"));
    }

    /// <summary>VmHWM of this process, or null where /proc is not available.</summary>
    public static long? PeakRssBytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        var match = VmHwm().Match(File.ReadAllText(status));
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 1024 : null;
    }

    /// <summary>The key=value lines of <c>--stats</c> output.</summary>
    public static Dictionary<string, string> Parse(string output) =>
        output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains('=') && !l.Contains(' '))
            .Select(l => l.Split('=', 2)).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);

    private readonly record struct GcFigures(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated)
    {
        public static GcFigures Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
            GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

        public static GcFigures operator -(GcFigures a, GcFigures b) =>
            new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Pause - b.Pause, a.Allocated - b.Allocated);
    }

    [GeneratedRegex(@"VmHWM:\s+(\d+)\s+kB")]
    private static partial Regex VmHwm();
}
