using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Tables;

/// <summary>Maps typed extraction results to table rows (SPEC spellings, article ids attached).</summary>
public static class RowMapper
{
    /// <summary>The articles.csv row of a result.</summary>
    public static ArticleRow ToRow(this ArticleResult r) =>
        new(r.Article.Id, r.Article.File, r.Article.Outlet, r.Article.Published, r.Article.Url, r.Article.Title,
            r.Article.Text.Length, r.SentenceCount);

    /// <summary>The mentions.csv rows of a result.</summary>
    public static IEnumerable<MentionRow> MentionRows(this ArticleResult r) =>
        r.Mentions.Select(m => new MentionRow(r.Article.Id, m.Person, m.Surface, m.Kind.ToSpec(), m.Start, m.End, m.Sentence));

    /// <summary>The quotes.csv rows of a result.</summary>
    public static IEnumerable<QuoteRow> QuoteRows(this ArticleResult r) =>
        r.Quotes.Select(q => new QuoteRow(r.Article.Id, q.Speaker, q.Text, q.Start, q.End, q.Sentence));

    /// <summary>The figures.csv rows of a result.</summary>
    public static IEnumerable<FigureRow> FigureRows(this ArticleResult r) =>
        r.Figures.Select(f => new FigureRow(r.Article.Id, f.Category.ToSpec(), f.Measure, f.Low, f.High, f.Qualifier.ToSpec(),
            f.Who, f.Where, f.Source, f.Text, f.Start, f.End, f.Sentence));

    /// <summary>The statements.csv rows of a result.</summary>
    public static IEnumerable<StatementRow> StatementRows(this ArticleResult r) =>
        r.Statements.Select(s => new StatementRow(r.Article.Id, s.Stance.ToSpec(), s.Actor, s.Force.ToSpec(), s.Speaker,
            s.Date, s.DateText, s.Text, s.Start, s.End, s.Sentence));

    /// <summary>The dates.csv rows of a result.</summary>
    public static IEnumerable<DateRow> DateRows(this ArticleResult r) =>
        r.Dates.Select(d => new DateRow(r.Article.Id, d.Text, d.Value, d.Granularity.ToSpec(), d.Start, d.End, d.Sentence));

    /// <summary>The sentence rows of a result.</summary>
    public static IEnumerable<SentenceRow> SentenceRows(this ArticleResult r) =>
        r.Sentences.Select(s => new SentenceRow(r.Article.Id, s.Index, s.Paragraph, s.Start, s.End, r.SentenceText(s.Index)));

    /// <summary>The errors.csv row of a load error.</summary>
    public static ErrorRow ToRow(this LoadError e) => new(e.Source, e.Line, e.Error);
}
