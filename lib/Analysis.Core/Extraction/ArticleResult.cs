using Analysis.Articles;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>Everything extracted from one article: the rows it contributes to each table.</summary>
public sealed record ArticleResult(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<TemporalExpression> Dates)
{
    /// <summary>Number of sentences.</summary>
    public int SentenceCount => Sentences.Count;

    /// <summary>The text of the sentence with index <paramref name="index"/>.</summary>
    public string SentenceText(int index) => Article.Text[Sentences[index].Start..Sentences[index].End];

    /// <summary>The result of a finished analysis context.</summary>
    public static ArticleResult From(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.Document.Article, context.Document.Sentences, context.Mentions, context.Quotes,
            context.Figures, context.Statements, context.Dates);
    }
}
