using Analysis.Frames;

namespace Analysis.Tables;

// The rows of the tables SPEC.md defines. Property order is column order; [ColumnName] gives
// the SPEC spelling, used alike by the CSV writer and by frames (DataFrame.FromRecords).

/// <summary>A row of <c>articles.csv</c>.</summary>
public sealed record ArticleRow(
    [property: ColumnName("article_id")] string ArticleId,
    [property: ColumnName("file")] string File,
    [property: ColumnName("outlet")] string Outlet,
    [property: ColumnName("published")] DateOnly? Published,
    [property: ColumnName("url")] string Url,
    [property: ColumnName("title")] string Title,
    [property: ColumnName("chars")] long Chars,
    [property: ColumnName("sentences")] long Sentences);

/// <summary>A row of <c>mentions.csv</c>.</summary>
public sealed record MentionRow(
    [property: ColumnName("article_id")] string ArticleId,
    [property: ColumnName("person")] string Person,
    [property: ColumnName("surface")] string Surface,
    [property: ColumnName("kind")] string Kind,
    [property: ColumnName("start")] long Start,
    [property: ColumnName("end")] long End,
    [property: ColumnName("sentence")] long Sentence);

/// <summary>A row of <c>quotes.csv</c>.</summary>
public sealed record QuoteRow(
    [property: ColumnName("article_id")] string ArticleId,
    [property: ColumnName("speaker")] string Speaker,
    [property: ColumnName("quote")] string Quote,
    [property: ColumnName("start")] long Start,
    [property: ColumnName("end")] long End,
    [property: ColumnName("sentence")] long Sentence);

/// <summary>A row of <c>figures.csv</c>.</summary>
public sealed record FigureRow(
    [property: ColumnName("article_id")] string ArticleId,
    [property: ColumnName("category")] string Category,
    [property: ColumnName("measure")] string Measure,
    [property: ColumnName("low")] long? Low,
    [property: ColumnName("high")] long? High,
    [property: ColumnName("qualifier")] string Qualifier,
    [property: ColumnName("who")] string Who,
    [property: ColumnName("where")] string Where,
    [property: ColumnName("source")] string Source,
    [property: ColumnName("text")] string Text,
    [property: ColumnName("start")] long Start,
    [property: ColumnName("end")] long End,
    [property: ColumnName("sentence")] long Sentence);

/// <summary>A row of <c>statements.csv</c>.</summary>
public sealed record StatementRow(
    [property: ColumnName("article_id")] string ArticleId,
    [property: ColumnName("stance")] string Stance,
    [property: ColumnName("actor")] string Actor,
    [property: ColumnName("force")] string Force,
    [property: ColumnName("speaker")] string Speaker,
    [property: ColumnName("date")] string Date,
    [property: ColumnName("date_text")] string DateText,
    [property: ColumnName("text")] string Text,
    [property: ColumnName("start")] long Start,
    [property: ColumnName("end")] long End,
    [property: ColumnName("sentence")] long Sentence);

/// <summary>A row of <c>dates.csv</c>.</summary>
public sealed record DateRow(
    [property: ColumnName("article_id")] string ArticleId,
    [property: ColumnName("text")] string Text,
    [property: ColumnName("value")] string Value,
    [property: ColumnName("granularity")] string Granularity,
    [property: ColumnName("start")] long Start,
    [property: ColumnName("end")] long End,
    [property: ColumnName("sentence")] long Sentence);

/// <summary>A row of <c>errors.csv</c>.</summary>
public sealed record ErrorRow(
    [property: ColumnName("source")] string Source,
    [property: ColumnName("line")] long Line,
    [property: ColumnName("error")] string Error);

/// <summary>A sentence of an article (not a SPEC table: available on corpora extracted in memory, for joins).</summary>
public sealed record SentenceRow(
    [property: ColumnName("article_id")] string ArticleId,
    [property: ColumnName("sentence")] long Sentence,
    [property: ColumnName("paragraph")] long Paragraph,
    [property: ColumnName("start")] long Start,
    [property: ColumnName("end")] long End,
    [property: ColumnName("sentence_text")] string Text);
