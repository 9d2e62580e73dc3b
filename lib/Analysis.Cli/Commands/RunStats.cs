using System.Globalization;
using System.Text.RegularExpressions;
using Analysis.Tables;

namespace Analysis.Cli.Commands;

/// <summary>
/// The <c>--stats</c> lines of <c>analysis extract</c>: key=value figures that <c>analysis bench</c> (or a script) reads.
/// Peak memory is the kernel's high-water mark of this process' resident set (VmHWM), so it covers the whole run.
/// </summary>
internal static partial class RunStats
{
    /// <summary>Loads every rule (regexes, lexicons, the hot rules' compiled regexes) with one short article; returns the time it took.</summary>
    public static TimeSpan WarmUp()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Analysis.Extraction.ExtractionPipeline.Default.Prepare(new Analysis.Articles.Article("warm-up",
            "\"We will not send ground troops,\" Defense Secretary Lloyd Austin said on Tuesday. At least 12 people were killed in Kyiv, officials said."));
        (_jitAtStart, _methodsAtStart) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        return clock.Elapsed;
    }

    private static TimeSpan _jitAtStart;
    private static long _methodsAtStart;

    public static void Print(ExtractSummary summary, TimeSpan startup)
    {
        var seconds = Math.Max(1e-9, summary.Elapsed.TotalSeconds);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"startup_s={startup.TotalSeconds:F3}"));
        Console.WriteLine(string.Create(inv, $"elapsed_s={seconds:F3}"));
        Console.WriteLine(string.Create(inv, $"resolve_s={summary.Resolution.TotalSeconds:F3}"));
        // Analysing the articles alone (summed over threads), as the npm peers are timed: no reading, no tables.
        Console.WriteLine(string.Create(inv, $"analyse_s={summary.Analysis.TotalSeconds:F3}"));
        Console.WriteLine(string.Create(inv, $"articles={summary.Articles}"));
        Console.WriteLine(string.Create(inv, $"chars={summary.Characters}"));
        Console.WriteLine(string.Create(inv, $"mb_per_s={summary.Characters / 1e6 / seconds:F3}"));
        // JIT over the whole process (rule loading included), then within the timed run only, on every thread (the
        // runtime's background re-compiling of hot code included): the part of a run that is warm-up.
        Console.WriteLine(string.Create(inv, $"jit_s={System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F3}"));
        Console.WriteLine(string.Create(inv, $"jit_methods={System.Runtime.JitInfo.GetCompiledMethodCount()}"));
        Console.WriteLine(string.Create(inv, $"jit_run_s={(System.Runtime.JitInfo.GetCompilationTime() - _jitAtStart).TotalSeconds:F3}"));
        Console.WriteLine(string.Create(inv, $"jit_run_methods={System.Runtime.JitInfo.GetCompiledMethodCount() - _methodsAtStart}"));
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

    [GeneratedRegex(@"VmHWM:\s+(\d+)\s+kB")]
    private static partial Regex VmHwm();
}
