using Analysis.Tables;

namespace Analysis.Notebooks.Reporting;

/// <summary>What a report run produced.</summary>
/// <param name="Extraction">The extraction summary of the corpus.</param>
/// <param name="Notebooks">One entry per notebook, in run order.</param>
/// <param name="Problems">Things that went wrong outside notebooks (image export, …); the rest was still written.</param>
public sealed record ReportResult(ExtractSummary Extraction, IReadOnlyList<NotebookReport> Notebooks, IReadOnlyList<string> Problems)
{
    /// <summary>True when every input was read, every notebook ran and every chart was exported.</summary>
    public bool Success => Extraction.Errors == 0 && Problems.Count == 0 && Notebooks.All(n => n.Success);

    /// <summary>How long each step took.</summary>
    public ReportTimings Timings { get; init; } = ReportTimings.None;
}

/// <summary>The outcome of one notebook in a report.</summary>
/// <param name="Name">The notebook's file name without extension.</param>
/// <param name="Success">True when every cell ran.</param>
/// <param name="Error">The failing cell and its error, when one failed.</param>
/// <param name="Duration">Wall time of the run (printed, never written into the report, which stays deterministic).</param>
/// <param name="Charts">Chart outputs the notebook produced.</param>
public sealed record NotebookReport(string Name, bool Success, string? Error, TimeSpan Duration, int Charts);
