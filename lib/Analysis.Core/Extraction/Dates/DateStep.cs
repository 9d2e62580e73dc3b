namespace Analysis.Extraction.Dates;

/// <summary>Pipeline step that fills <see cref="AnalysisContext.Dates"/> with <see cref="DateRecognizer"/>.</summary>
public sealed class DateStep : IPipelineStep
{
    /// <inheritdoc />
    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Dates = DateRecognizer.Default.Recognize(context.Document);
    }
}
