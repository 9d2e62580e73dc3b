namespace Analysis.Extraction.Dates;

/// <summary>Pipeline step that fills <see cref="AnalysisContext.Dates"/>. (Being written: placeholder until the rules land.)</summary>
public sealed class DateStep : IPipelineStep
{
    /// <inheritdoc />
    public void Run(AnalysisContext context) => ArgumentNullException.ThrowIfNull(context);
}
