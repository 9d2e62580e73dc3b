namespace Analysis.Notebooks.Reporting;

/// <summary>
/// Wall time of the steps of a report run, for <c>analysis report --timings</c>. Per-notebook times are in
/// <see cref="NotebookReport.Duration"/>. Printed only, never written into the report, which stays deterministic.
/// </summary>
/// <param name="Extraction">Reading the corpus and writing its tables (the notebook engine warms up meanwhile).</param>
/// <param name="EngineWarmUp">Waiting for the notebook engine's warm-up after extraction finished (zero when extraction took longer).</param>
/// <param name="Images">Exporting every chart as PNG and SVG (zero when images are off or there are no charts).</param>
/// <param name="Total">The whole run.</param>
public sealed record ReportTimings(TimeSpan Extraction, TimeSpan EngineWarmUp, TimeSpan Images, TimeSpan Total)
{
    /// <summary>No time measured.</summary>
    public static ReportTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
}
