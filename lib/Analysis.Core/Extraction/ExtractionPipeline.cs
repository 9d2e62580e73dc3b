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
    /// Warms the pipeline up for a timed run, as a benchmark harness does before it measures (BenchmarkDotNet's warm-up
    /// iterations; the npm peers load their models and are warmed up before timing too): analyses a built-in sample of
    /// wire copy and briefing text (<c>Samples/warm-up.txt</c>) <see cref="WarmUpRounds"/> times, so every rule is loaded
    /// and the runtime recompiles the hot code for speed; then builds the compiled regexes of all the rules that would
    /// otherwise run interpreted until hot, warmed on the sample. An ordinary run needs none of it: it pays the same JIT
    /// while it extracts.
    /// </summary>
    public void Prepare()
    {
        var sample = new Article("warm-up", WarmUpSample) { Published = new DateOnly(2023, 10, 10), Outlet = "Wire" };
        // The runtime recompiles a method for speed after 30 calls: a step that runs once per article needs as many.
        for (var round = 0; round < WarmUpRounds; round++) Analyze(sample);
        Lexicons.TieredRegex.BuildAll(sample.Text);
    }

    /// <summary>Analyses of the warm-up sample in <see cref="Prepare"/>.</summary>
    public const int WarmUpRounds = 40;

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
