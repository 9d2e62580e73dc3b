namespace Analysis.Extraction.Figures;

/// <summary>Pipeline step that fills <see cref="AnalysisContext.Figures"/> with <see cref="FigureRecognizer"/>.</summary>
public sealed class FigureStep : IPipelineStep
{
    /// <inheritdoc />
    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Figures = FigureRecognizer.Default.Recognize(context);
    }
}
