using Analysis.Articles;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// Runs the extraction steps over one article in order: people, quotes, dates, figures,
/// statements (each reads what the steps before it found).
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly Segmenter _segmenter;
    private readonly IReadOnlyList<IPipelineStep> _steps;

    /// <summary>A pipeline of the given steps.</summary>
    public ExtractionPipeline(Segmenter segmenter, IEnumerable<IPipelineStep> steps)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(steps);
        _segmenter = segmenter;
        _steps = steps.ToArray();
    }

    /// <summary>The standard pipeline (rules loaded once, shared; safe to use from several threads).</summary>
    public static ExtractionPipeline Default { get; } = new(Segmenter.Default,
    [
        new People.PeopleStep(),
        new Quotes.QuoteStep(),
        new Dates.DateStep(),
        new Figures.FigureStep(),
        new Statements.StatementStep(),
    ]);

    /// <summary>
    /// Analyses <paramref name="sample"/> (which loads every rule) and builds the compiled regexes of all the rules that
    /// would otherwise run interpreted until hot, so that a timed run that follows pays no warm-up for its rules, as the
    /// peers it is compared with load their models before timing. An ordinary run needs none of it.
    /// </summary>
    public void Prepare(Article sample)
    {
        Analyze(sample);
        Lexicons.TieredRegex.BuildAll(sample.Text);
    }

    /// <summary>Segments and analyses one article.</summary>
    public ArticleResult Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = new AnalysisContext(_segmenter.Segment(article));
        foreach (var step in _steps) step.Run(context);
        return ArticleResult.From(context);
    }
}
