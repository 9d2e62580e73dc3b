namespace Analysis.Extraction.Figures;

/// <summary>Pipeline step that fills <see cref="AnalysisContext.Figures"/>. (Being written: placeholder until the rules land.)</summary>
public sealed class FigureStep : IPipelineStep
{
    /// <inheritdoc />
    public void Run(AnalysisContext context) => ArgumentNullException.ThrowIfNull(context);
}
