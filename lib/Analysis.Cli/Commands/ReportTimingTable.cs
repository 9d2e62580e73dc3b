using System.Globalization;
using System.Text;
using Analysis.Notebooks.Reporting;

namespace Analysis.Cli.Commands;

/// <summary>The table <c>analysis report --timings</c> prints: wall seconds per step, then the total.</summary>
internal static class ReportTimingTable
{
    public static string Format(ReportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<(string Step, TimeSpan Time)>
        {
            ($"extraction ({result.Extraction.Articles} articles)", result.Timings.Extraction),
            ("notebook engine warm-up (after extraction)", result.Timings.EngineWarmUp),
        };
        rows.AddRange(result.Notebooks.Select(n => ($"notebook {n.Name}" + (n.Success ? "" : " (failed)"), n.Duration)));
        rows.Add(("chart images (PNG + SVG)", result.Timings.Images));
        var measured = rows.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Time);
        // Pages, index and tables are quick; whatever the steps above do not cover shows as "other".
        rows.Add(("other (pages, index)", result.Timings.Total - measured > TimeSpan.Zero ? result.Timings.Total - measured : TimeSpan.Zero));
        var width = Math.Max("total".Length, rows.Max(r => r.Step.Length));
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"{"step".PadRight(width)}  {"seconds",8}\n");
        foreach (var (step, time) in rows) table.Append(CultureInfo.InvariantCulture, $"{step.PadRight(width)}  {time.TotalSeconds,8:F2}\n");
        table.Append(CultureInfo.InvariantCulture, $"{"total".PadRight(width)}  {result.Timings.Total.TotalSeconds,8:F2}\n");
        return table.ToString();
    }
}
