using Analysis.Articles;

namespace Analysis.Extraction;

/// <summary>Everything extracted from one article: the rows it contributes to each table.</summary>
public sealed record ArticleResult(
    Article Article,
    int SentenceCount,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<TemporalExpression> Dates)
{
    /// <summary>The result of a finished analysis context.</summary>
    public static ArticleResult From(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.Document.Article, context.Document.Sentences.Count, context.Mentions, context.Quotes,
            context.Figures, context.Statements, context.Dates);
    }
}
