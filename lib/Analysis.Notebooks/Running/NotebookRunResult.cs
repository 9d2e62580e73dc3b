using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Running;

/// <summary>How long one code cell ran.</summary>
/// <param name="CellIndex">The cell's index in the executed notebook.</param>
/// <param name="CellId">The cell's id.</param>
/// <param name="Duration">Wall-clock time, compilation included.</param>
public sealed record CellTiming(int CellIndex, string CellId, TimeSpan Duration);

/// <summary>The outcome of running a notebook.</summary>
/// <param name="Notebook">The executed notebook: outputs and execution counts of the cells that ran; cells after a failure are cleared.</param>
/// <param name="Success">True when every code cell succeeded.</param>
/// <param name="FailedCellIndex">The index (in <paramref name="Notebook"/>) of the cell that failed, if any.</param>
/// <param name="Timings">Per-cell run times, in execution order.</param>
public sealed record NotebookRunResult(Notebook Notebook, bool Success, int? FailedCellIndex, IReadOnlyList<CellTiming> Timings)
{
    /// <summary>The error of the failed cell, if any.</summary>
    public ErrorOutput? Error => FailedCellIndex is { } index ? Notebook.Cells[index].Outputs.OfType<ErrorOutput>().FirstOrDefault() : null;

    /// <summary>The failed cell, if any.</summary>
    public NotebookCell? FailedCell => FailedCellIndex is { } index ? Notebook.Cells[index] : null;
}
