using System.Diagnostics;
using System.Globalization;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Running;

/// <summary>
/// Runs notebooks headless, papermill-style: parameters injected after the <c>parameters</c> cell, code cells in
/// order in one <see cref="ScriptEngine"/> session, stop at the first failing cell.
/// </summary>
public static class NotebookRunner
{
    // Cells use relative paths with File.* APIs, which resolve against the process-wide current directory. Runs that
    // switch it are serialized so two notebooks in one process never see each other's folder.
    private static readonly SemaphoreSlim CurrentDirectoryGate = new(1, 1);

    /// <summary>Loads and runs the notebook at <paramref name="path"/>; cells run in the notebook's folder unless
    /// <see cref="RunOptions.WorkingDirectory"/> says otherwise.</summary>
    public static Task<NotebookRunResult> RunAsync(string path, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new RunOptions();
        var notebook = NotebookFile.Load(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return RunAsync(notebook, options with { WorkingDirectory = options.WorkingDirectory ?? folder }, cancellationToken);
    }

    /// <summary>Runs an in-memory notebook and returns the executed copy.</summary>
    /// <exception cref="ArgumentException">A parameter name is not a valid C# identifier.</exception>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new RunOptions();
        var workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory());
        var prepared = ParameterInjector.Inject(notebook, options.Parameters).Cleared();

        await CurrentDirectoryGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var previousDirectory = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(workingDirectory);
            using var engine = new ScriptEngine(new EngineOptions
            {
                WorkingDirectory = workingDirectory,
                CellTimeout = options.CellTimeout,
                References = options.References,
            });
            return await RunCellsAsync(engine, prepared, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            CurrentDirectoryGate.Release();
        }
    }

    private static async Task<NotebookRunResult> RunCellsAsync(ScriptEngine engine, Notebook notebook, CancellationToken cancellationToken)
    {
        var cells = notebook.Cells.ToList();
        var timings = new List<CellTiming>();
        for (var index = 0; index < cells.Count; index++)
        {
            var cell = cells[index];
            if (cell.Kind != CellKind.Code || cell.Source.Trim().Length == 0)
            {
                continue;
            }
            var label = "Cell " + (index + 1).ToString(CultureInfo.InvariantCulture) + " (id: " + cell.Id + ")";
            var stopwatch = Stopwatch.StartNew();
            var supported = cell.KernelName == PolyglotMetadata.CSharpKernel;
            var result = supported
                ? await engine.ExecuteAsync(cell.Source, sink: null, cancellationToken, label).ConfigureAwait(false)
                : UnsupportedLanguage(label, cell.KernelName);
            timings.Add(new CellTiming(index, cell.Id, stopwatch.Elapsed));
            cells[index] = cell with { Outputs = result.Outputs, ExecutionCount = supported ? engine.ExecutionCount : null };
            if (!result.Success)
            {
                // Papermill semantics: the remaining cells stay unexecuted (already cleared), the failure is reported.
                return new NotebookRunResult(notebook with { Cells = cells }, false, index, timings);
            }
        }
        return new NotebookRunResult(notebook with { Cells = cells }, true, null, timings);
    }

    private static ExecutionResult UnsupportedLanguage(string label, string kernel) =>
        new(false, [new ErrorOutput("NotSupportedException", $"The runner executes C# cells only; this cell is \"{kernel}\".", [$"{label}: unsupported cell language \"{kernel}\""])]);
}
