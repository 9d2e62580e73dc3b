namespace Analysis.Notebooks.Execution;

/// <summary>The outcome of running one cell.</summary>
/// <param name="Success">False when the cell failed to compile, threw, was interrupted or timed out.</param>
/// <param name="Outputs">All outputs of the cell in order, including those already sent to the sink.</param>
public sealed record ExecutionResult(bool Success, IReadOnlyList<CellOutput> Outputs)
{
    /// <summary>The error output of a failed cell, if any.</summary>
    public ErrorOutput? Error => Outputs.OfType<ErrorOutput>().FirstOrDefault();
}
