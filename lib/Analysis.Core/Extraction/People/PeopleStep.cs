namespace Analysis.Extraction.People;

/// <summary>Pipeline step that fills <see cref="AnalysisContext.Mentions"/>. (Being written: placeholder until the rules land.)</summary>
public sealed class PeopleStep : IPipelineStep
{
    /// <inheritdoc />
    public void Run(AnalysisContext context) => ArgumentNullException.ThrowIfNull(context);
}
