using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// What the pipeline knows about one article so far. Each step reads the results of the steps
/// before it (quotes read mentions; statements read quotes and dates) and adds its own.
/// </summary>
public sealed class AnalysisContext
{
    /// <summary>Starts the analysis of a segmented document.</summary>
    public AnalysisContext(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>The segmented article.</summary>
    public Document Document { get; }

    /// <summary>Person mentions (set by the people step).</summary>
    public IReadOnlyList<Mention> Mentions { get; set; } = [];

    /// <summary>Quotes (set by the quotes step).</summary>
    public IReadOnlyList<Quote> Quotes { get; set; } = [];

    /// <summary>Temporal expressions (set by the dates step).</summary>
    public IReadOnlyList<TemporalExpression> Dates { get; set; } = [];

    /// <summary>Figures (set by the figures step).</summary>
    public IReadOnlyList<Figure> Figures { get; set; } = [];

    /// <summary>Deployment statements (set by the statements step).</summary>
    public IReadOnlyList<Statement> Statements { get; set; } = [];

    private string? _home;
    private bool? _military;

    /// <summary>
    /// The state the article speaks for (<see cref="Extraction.Figures.HomeActor"/>), read once and only when a step needs it:
    /// most articles have no troop figure or statement to resolve with it.
    /// </summary>
    internal string HomeActor => _home ??= Extraction.Figures.HomeActor.Default.Of(Document);

    /// <summary>True when the article speaks of the military at all (<see cref="Extraction.Statements.StanceCueFinder.IsMilitary"/>), read once when needed.</summary>
    internal bool IsMilitary => _military ??= Extraction.Statements.StanceCueFinder.Default.IsMilitary(Document.Text);
}

/// <summary>One step of the extraction pipeline: reads the context, adds its results.</summary>
public interface IPipelineStep
{
    /// <summary>Runs the step on one article.</summary>
    void Run(AnalysisContext context);
}
