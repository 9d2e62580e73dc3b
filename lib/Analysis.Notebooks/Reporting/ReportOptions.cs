namespace Analysis.Notebooks.Reporting;

/// <summary>What <see cref="ReportBuilder"/> builds and where.</summary>
public sealed record ReportOptions
{
    /// <summary>The corpus: a folder of articles or a .jsonl/.csv corpus file.</summary>
    public required string Corpus { get; init; }

    /// <summary>The folder the report is written to (created; files in it are replaced).</summary>
    public required string OutputFolder { get; init; }

    /// <summary>
    /// The folder holding the notebooks to run (every .ipynb and .dib, in name order). Each runs in the report's
    /// <c>notebooks/</c> folder, where its executed copy is written, so the copy re-runs from there.
    /// </summary>
    public string NotebooksFolder { get; init; } = "notebooks";

    /// <summary>Extra parameters for every notebook (the corpus path is passed as <c>corpusPath</c>).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Per-cell time limit.</summary>
    public TimeSpan? CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Whether to export every chart as PNG and SVG (needs chromium).</summary>
    public bool ExportImages { get; init; } = true;

    /// <summary>Receives one line per step, for progress display.</summary>
    public IProgress<string>? Progress { get; init; }
}
