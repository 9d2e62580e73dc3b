namespace Analysis.Extraction.Statements;

/// <summary>Pipeline step that fills <see cref="AnalysisContext.Statements"/>. (Being written: placeholder until the rules land.)</summary>
public sealed class StatementStep : IPipelineStep
{
    /// <inheritdoc />
    public void Run(AnalysisContext context) => ArgumentNullException.ThrowIfNull(context);
}
