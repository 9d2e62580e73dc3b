using System.CommandLine;
using Analysis.Notebooks.Reporting;

namespace Analysis.Cli.Commands;

/// <summary><c>analysis report [CORPUS] --out DIR</c>: extract, run every notebook, write the report.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "Folder of articles or .jsonl/.csv corpus.", DefaultValueFactory = _ => "seeds" };
        var output = new Option<string>("--out", "-o") { Description = "Report folder.", DefaultValueFactory = _ => "report" };
        var notebooks = new Option<string>("--notebooks") { Description = "Folder of notebooks to run.", DefaultValueFactory = _ => "notebooks" };
        var parameters = new Option<string[]>("--parameter", "-p") { Description = "Notebook parameter name=value (repeatable)." };
        var noImages = new Option<bool>("--no-images") { Description = "Skip PNG/SVG export of charts (no browser needed)." };
        var timings = new Option<bool>("--timings") { Description = "Print how long extraction, each notebook and the image export took." };
        var timeout = new Option<int>("--cell-timeout") { Description = "Per-cell time limit in seconds.", DefaultValueFactory = _ => 600 };
        var command = new Command("report", "Extract a corpus, run every notebook and write tables, executed notebooks, HTML pages and chart images.")
        {
            corpus, output, notebooks, parameters, noImages, timeout, timings,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(corpus)!, parse.GetValue(output)!, parse.GetValue(notebooks)!, parse.GetValue(parameters),
            parse.GetValue(noImages), parse.GetValue(timeout), parse.GetValue(timings), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string corpus, string output, string notebooks, string[]? parameters,
        bool noImages, int timeout, bool timings, CancellationToken cancel)
    {
        var (values, error) = Parameters.Parse(parameters);
        if (error is not null) return Usage(error);
        if (!Directory.Exists(corpus) && !File.Exists(corpus)) return Usage($"no such corpus: {corpus}");
        if (!Directory.Exists(notebooks)) return Usage($"no notebooks folder: {notebooks}");
        var result = await ReportBuilder.BuildAsync(new ReportOptions
        {
            Corpus = corpus,
            OutputFolder = output,
            NotebooksFolder = notebooks,
            Parameters = values!,
            CellTimeout = TimeSpan.FromSeconds(Math.Max(1, timeout)),
            ExportImages = !noImages,
            Progress = new Progress(),
        }, cancel);
        if (timings) Console.Write(ReportTimingTable.Format(result));
        var failed = result.Notebooks.Count(n => !n.Success);
        Console.WriteLine(result.Success
            ? $"report: {result.Notebooks.Count} notebooks ok, written to {output}"
            : $"report: {failed} of {result.Notebooks.Count} notebooks failed, {result.Extraction.Errors} input(s) skipped, {result.Problems.Count} problem(s); see {Path.Combine(output, "index.html")}");
        return result.Success ? Program.Success : Program.Partial;
    }

    internal static int Usage(string message)
    {
        Console.Error.WriteLine($"analysis: {message}");
        return Program.UsageError;
    }

    // Synchronous: lines appear in order as steps finish.
    private sealed class Progress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine($"  {value}");
    }
}
