using System.Diagnostics;
using Analysis.Charts;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Export;
using Analysis.Notebooks.Formats;
using Analysis.Notebooks.Running;
using Analysis.Tables;

namespace Analysis.Notebooks.Reporting;

/// <summary>
/// Builds the report: extracts the corpus into tables, runs every notebook on it, and writes the
/// executed notebooks, one offline HTML page per notebook, an index page, and every chart as PNG
/// and SVG. A failing notebook or a missing browser is reported and the rest is still written.
/// The output is deterministic: the same input gives byte-identical files.
/// </summary>
public static class ReportBuilder
{
    /// <summary>
    /// The parameter every notebook receives: the report's tables folder, relative to the executed notebook's folder.
    /// The notebooks read the tables the report wrote (with sentences.csv for mentions in context) instead of
    /// extracting the corpus a second time and holding it in memory, and the report re-runs from its own folder.
    /// </summary>
    public const string CorpusParameter = "corpusPath";

    /// <summary>Builds the report described by <paramref name="options"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The notebooks folder does not exist.</exception>
    public static async Task<ReportResult> BuildAsync(ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.NotebooksFolder))
            throw new DirectoryNotFoundException($"No notebooks folder: {options.NotebooksFolder}");
        var total = Stopwatch.StartNew();
        var layout = new ReportLayout(options.OutputFolder);
        Directory.CreateDirectory(layout.Root);
        var notebooks = NotebookPaths(options.NotebooksFolder);

        // Extraction's first use of its rules and Roslyn's first compilation are each mostly single-threaded
        // start-up work; on two cores they run side by side instead of one after the other.
        var warmUp = notebooks.Count > 0 ? ScriptWarmUp.StartAsync(layout.Root, cancellationToken) : Task.CompletedTask;
        options.Progress?.Report($"extracting {options.Corpus}");
        var step = Stopwatch.StartNew();
        var extraction = TableExtraction.Run(options.Corpus, layout.Tables, Analysis.Extraction.ExtractOptions.Default.WithSentences());
        var extractionTime = step.Elapsed;
        options.Progress?.Report(extraction.ToString());
        step.Restart();
        await warmUp.ConfigureAwait(false);
        var warmUpTime = step.Elapsed;

        var reports = new List<NotebookReport>();
        var charts = new List<(string Notebook, string FigureJson)>();
        foreach (var path in notebooks)
        {
            var (report, figures) = await RunNotebookAsync(path, layout, options, cancellationToken).ConfigureAwait(false);
            reports.Add(report);
            charts.AddRange(figures.Select(f => (report.Name, f)));
            options.Progress?.Report(report.Success
                ? $"ran {report.Name} in {report.Duration.TotalSeconds:F1}s ({report.Charts} charts)"
                : $"FAILED {report.Name} after {report.Duration.TotalSeconds:F1}s: {report.Error}");
        }

        var problems = new List<string>();
        step.Restart();
        var images = options.ExportImages ? ExportImages(charts, layout, problems, options.Progress) : [];
        var imageTime = step.Elapsed;
        IndexPage.Write(layout, options, extraction, reports, images, problems);
        options.Progress?.Report($"wrote {layout.Index}");
        return new ReportResult(extraction, reports, problems)
        {
            Timings = new ReportTimings(extractionTime, warmUpTime, imageTime, total.Elapsed),
        };
    }

    /// <summary>The notebooks of a folder in name order.</summary>
    public static IReadOnlyList<string> NotebookPaths(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".ipynb" or ".dib")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static async Task<(NotebookReport, IReadOnlyList<string>)> RunNotebookAsync(
        string path, ReportLayout layout, ReportOptions options, CancellationToken cancellationToken)
    {
        var name = ReportLayout.Safe(Path.GetFileNameWithoutExtension(path));
        var started = Stopwatch.StartNew();
        // The executed copy runs where it is written, with the tables relative to it, so it can be opened and
        // re-run from the report folder (and holds no machine path).
        var runFolder = Path.GetDirectoryName(layout.Notebook(name))!;
        Directory.CreateDirectory(runFolder);
        var parameters = new Dictionary<string, string>(options.Parameters, StringComparer.Ordinal)
        {
            [CorpusParameter] = Path.GetRelativePath(runFolder, layout.Tables).Replace('\\', '/'),
        };
        NotebookRunResult run;
        try
        {
            run = await NotebookRunner.RunAsync(path, new RunOptions { Parameters = parameters, CellTimeout = options.CellTimeout, WorkingDirectory = runFolder }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is NotebookFormatException or IOException or ArgumentException)
        {
            return (new NotebookReport(name, false, $"cannot run {Path.GetFileName(path)}: {e.Message}", started.Elapsed, 0), []);
        }

        NotebookFile.Save(run.Notebook, layout.Notebook(name));
        NotebookHtmlExporter.ExportToFile(run.Notebook, layout.Page(name), new HtmlExportOptions { Title = Title(name) });
        var figures = run.Notebook.Cells.SelectMany(c => c.Outputs).Select(Figure).OfType<string>().ToArray();
        var error = run.Success ? null : $"{run.FailedCell?.Id ?? "a cell"}: {run.Error?.EName}: {run.Error?.EValue}";
        return (new NotebookReport(name, run.Success, error, started.Elapsed, figures.Length), figures);
    }

    private static string? Figure(CellOutput output) => output switch
    {
        DisplayDataOutput d => d.Data.GetValueOrDefault(MimeBundle.Plotly),
        ExecuteResultOutput r => r.Data.GetValueOrDefault(MimeBundle.Plotly),
        _ => null,
    };

    private static IReadOnlyList<ChartImage> ExportImages(
        IReadOnlyList<(string Notebook, string FigureJson)> charts, ReportLayout layout, List<string> problems, IProgress<string>? progress)
    {
        var images = charts.Select((c, i) =>
        {
            var number = charts.Take(i).Count(x => x.Notebook == c.Notebook) + 1;
            return new ChartImage(c.Notebook, number, layout.Chart(c.Notebook, number, "png"), layout.Chart(c.Notebook, number, "svg"), c.FigureJson);
        }).ToArray();
        if (images.Length == 0) return images;
        progress?.Report($"exporting {images.Length} charts as PNG and SVG");
        try
        {
            ChartExport.SaveAll(images.SelectMany(i => new[]
            {
                new FigureExportRequest(i.FigureJson, i.Png, ImageFormat.Png),
                new FigureExportRequest(i.FigureJson, i.Svg, ImageFormat.Svg),
            }));
            return images;
        }
        catch (Exception e) when (e is ChromiumNotFoundException or PlotlyJsNotFoundException or InvalidOperationException or IOException)
        {
            problems.Add($"chart images were not exported: {e.Message}");
            return [];
        }
    }

    internal static string Title(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}

/// <summary>A chart exported from a notebook.</summary>
internal sealed record ChartImage(string Notebook, int Number, string Png, string Svg, string FigureJson);
