namespace Analysis.Extraction.Statements;

/// <summary>Pipeline step that fills <see cref="AnalysisContext.Statements"/> with <see cref="StatementRecognizer"/>.</summary>
public sealed class StatementStep : IPipelineStep
{
    /// <inheritdoc />
    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Statements = StatementRecognizer.Default.Recognize(context);
    }
}
