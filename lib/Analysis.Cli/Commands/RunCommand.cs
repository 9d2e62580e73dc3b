using System.CommandLine;
using Analysis.Notebooks.Export;
using Analysis.Notebooks.Formats;
using Analysis.Notebooks.Running;

namespace Analysis.Cli.Commands;

/// <summary><c>analysis run NOTEBOOK [-p k=v] --out DIR</c>: runs one notebook headless.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string>("notebook") { Description = "The .ipynb or .dib notebook to run." };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the executed notebook and its HTML page.", Required = true };
        var parameters = new Option<string[]>("--parameter", "-p") { Description = "Parameter name=value (repeatable), injected after the 'parameters' cell; a relative corpusPath is read from the current folder." };
        var timeout = new Option<int>("--cell-timeout") { Description = "Per-cell time limit in seconds.", DefaultValueFactory = _ => 600 };
        var command = new Command("run", "Run one notebook and write the executed .ipynb and an offline HTML page.")
        {
            notebook, output, parameters, timeout,
        };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(notebook)!, parse.GetValue(output)!, parse.GetValue(parameters), parse.GetValue(timeout), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string path, string output, string[]? parameters, int timeout, CancellationToken cancel)
    {
        var (values, error) = Parameters.Parse(parameters);
        if (error is not null) return ReportCommand.Usage(error);
        values = Parameters.WithCorpusFromHere(values!);
        if (!File.Exists(path)) return ReportCommand.Usage($"no such notebook: {path}");
        NotebookRunResult result;
        try
        {
            result = await NotebookRunner.RunAsync(path, new RunOptions { Parameters = values!, CellTimeout = TimeSpan.FromSeconds(Math.Max(1, timeout)) }, cancel);
        }
        catch (NotebookFormatException e)
        {
            Console.Error.WriteLine($"analysis: {e.Message}");
            return Program.Partial;
        }
        var name = Path.GetFileNameWithoutExtension(path);
        Directory.CreateDirectory(output);
        NotebookFile.Save(result.Notebook, Path.Combine(output, name + ".ipynb"));
        NotebookHtmlExporter.ExportToFile(result.Notebook, Path.Combine(output, name + ".html"), new HtmlExportOptions { Title = name });
        var total = result.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Duration);
        Console.WriteLine(result.Success
            ? $"ran {name}: {result.Timings.Count} cells in {total.TotalSeconds:F1}s"
            : $"FAILED {name}: {result.FailedCell?.Id}: {result.Error?.EName}: {result.Error?.EValue}");
        return result.Success ? Program.Success : Program.Partial;
    }
}
