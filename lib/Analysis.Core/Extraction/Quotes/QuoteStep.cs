namespace Analysis.Extraction.Quotes;

/// <summary>Pipeline step that fills <see cref="AnalysisContext.Quotes"/>. (Being written: placeholder until the rules land.)</summary>
public sealed class QuoteStep : IPipelineStep
{
    /// <inheritdoc />
    public void Run(AnalysisContext context) => ArgumentNullException.ThrowIfNull(context);
}
