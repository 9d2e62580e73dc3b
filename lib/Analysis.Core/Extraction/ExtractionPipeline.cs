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
    /// Readies the pipeline for a timed run: analyses a built-in sample of wire copy and briefing text
    /// (<c>Samples/warm-up.txt</c>), then <paramref name="articles"/> (the first of the corpus to be timed: rules that
    /// only the words of a real corpus reach, a name's reporting-verb cue say, are loaded then), and builds the compiled
    /// regexes of all the rules loaded so far that would otherwise run interpreted until hot, or be built inside the
    /// timed run once they get hot. A timed run warms up further by extracting copies of <see cref="WarmUpSample"/>
    /// (<c>analysis extract --stats</c>); an ordinary run needs none of it.
    /// </summary>
    public void Prepare(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var sample = new Article("warm-up", WarmUpSample) { Published = new DateOnly(2023, 10, 10), Outlet = "Wire" };
        Analyze(sample);
        foreach (var article in articles) Analyze(article);
        Lexicons.TieredRegex.BuildAll(sample.Text);
    }

    /// <summary>The text <see cref="Prepare"/> warms up on: a few paragraphs of wire copy and briefing transcript.</summary>
    public static string WarmUpSample => LazySample.Value;

    private static readonly Lazy<string> LazySample = new(() =>
    {
        using var stream = typeof(ExtractionPipeline).Assembly.GetManifestResourceStream("Samples/warm-up.txt")
            ?? throw new InvalidOperationException("Samples/warm-up.txt is not embedded in Analysis.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Segments and analyses one article.</summary>
    public ArticleResult Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = new AnalysisContext(_segmenter.Segment(article));
        foreach (var step in _steps) step.Run(context);
        return ArticleResult.From(context);
    }
}
