using Analysis.Articles;
using Analysis.Extraction;
using Analysis.Frames;
using Analysis.Tables;

namespace Analysis;

/// <summary>
/// The entry point for notebooks: a corpus and its extracted tables as frames.
/// <code>var corpus = Corpus.Load("seeds"); corpus.Mentions.ValueCounts("person")</code>
/// </summary>
public sealed class Corpus
{
    private readonly Lazy<DataFrame> _articles, _sentences, _mentions, _quotes, _figures, _statements, _dates, _errors;

    private Corpus(string source, IReadOnlyList<ArticleResult> results, IReadOnlyList<LoadError> errors)
    {
        Source = source;
        Results = results;
        LoadErrors = errors;
        _articles = new(() => TableReader.FromRows(results.Select(r => r.ToRow())));
        _sentences = new(() => TableReader.FromRows(results.SelectMany(r => r.SentenceRows())));
        _mentions = new(() => TableReader.FromRows(results.SelectMany(r => r.MentionRows())));
        _quotes = new(() => TableReader.FromRows(results.SelectMany(r => r.QuoteRows())));
        _figures = new(() => TableReader.FromRows(results.SelectMany(r => r.FigureRows())));
        _statements = new(() => TableReader.FromRows(results.SelectMany(r => r.StatementRows())));
        _dates = new(() => TableReader.FromRows(results.SelectMany(r => r.DateRows())));
        _errors = new(() => TableReader.FromRows(errors.Select(e => e.ToRow())));
    }

    private Corpus(string folder)
    {
        Source = folder;
        Results = [];
        LoadErrors = [];
        _articles = new(() => TableReader.Read<ArticleRow>(Path.Combine(folder, "articles.csv")));
        _sentences = new(() => TableReader.Read<SentenceRow>(Path.Combine(folder, TableSet.SentencesFile)));
        _mentions = new(() => TableReader.Read<MentionRow>(Path.Combine(folder, "mentions.csv")));
        _quotes = new(() => TableReader.Read<QuoteRow>(Path.Combine(folder, "quotes.csv")));
        _figures = new(() => TableReader.Read<FigureRow>(Path.Combine(folder, "figures.csv")));
        _statements = new(() => TableReader.Read<StatementRow>(Path.Combine(folder, "statements.csv")));
        _dates = new(() => TableReader.Read<DateRow>(Path.Combine(folder, "dates.csv")));
        _errors = new(() => TableReader.Read<ErrorRow>(Path.Combine(folder, "errors.csv")));
    }

    /// <summary>
    /// Loads a corpus: a folder of articles or a .jsonl/.csv corpus file is extracted; a folder that
    /// holds extracted tables (mentions.csv beside articles.csv) is read as it is. The corpus last
    /// extracted is kept: loading the same unchanged input again returns it without extracting.
    /// </summary>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    public static Corpus Load(string path, ExtractOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (IsTableFolder(path)) return new Corpus(Path.GetFullPath(path));
        return CorpusMemo.GetOrExtract(path, options, () => FromItems(path, ArticleSource.Read(path), options));
    }

    /// <summary>Extracts a corpus from articles already in memory.</summary>
    public static Corpus FromArticles(IEnumerable<Article> articles, ExtractOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return FromItems("(articles)", articles.Select(LoadItem.Of), options);
    }

    /// <summary>True when <paramref name="folder"/> holds extracted tables rather than articles.</summary>
    public static bool IsTableFolder(string folder) =>
        Directory.Exists(folder) && File.Exists(Path.Combine(folder, "mentions.csv")) && File.Exists(Path.Combine(folder, "articles.csv"));

    private static Corpus FromItems(string source, IEnumerable<LoadItem> items, ExtractOptions? options)
    {
        var results = new List<ArticleResult>();
        var errors = new List<LoadError>();
        foreach (var item in TableExtraction.Extract(items, options))
        {
            if (item.Result is { } r) results.Add(r);
            else errors.Add(item.Error!);
        }
        return new Corpus(source, results, errors);
    }

    /// <summary>Where the corpus came from.</summary>
    public string Source { get; }

    /// <summary>Typed results per article (empty when the corpus was read from tables).</summary>
    public IReadOnlyList<ArticleResult> Results { get; }

    /// <summary>Inputs that could not be read (empty when read from tables: see <see cref="Errors"/>).</summary>
    public IReadOnlyList<LoadError> LoadErrors { get; }

    /// <summary>articles.csv as a frame.</summary>
    public DataFrame Articles => _articles.Value;

    /// <summary>
    /// Every sentence with its text (article_id, sentence, paragraph, start, end, sentence_text), for
    /// joining with the other tables on article_id and sentence. When the corpus was read from tables, this is
    /// their sentences.csv (written by <c>analysis extract --sentences</c> and by the report), else empty.
    /// </summary>
    public DataFrame Sentences => _sentences.Value;

    /// <summary>mentions.csv as a frame.</summary>
    public DataFrame Mentions => _mentions.Value;

    /// <summary>quotes.csv as a frame.</summary>
    public DataFrame Quotes => _quotes.Value;

    /// <summary>figures.csv as a frame.</summary>
    public DataFrame Figures => _figures.Value;

    /// <summary>statements.csv as a frame.</summary>
    public DataFrame Statements => _statements.Value;

    /// <summary>dates.csv as a frame.</summary>
    public DataFrame Dates => _dates.Value;

    /// <summary>errors.csv as a frame.</summary>
    public DataFrame Errors => _errors.Value;

    /// <summary>Writes the seven tables to <paramref name="folder"/>.</summary>
    public void WriteTables(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (Results.Count == 0 && IsTableFolder(Source))
        {
            Directory.CreateDirectory(folder);
            foreach (var name in TableSet.AllFileNames)
                if (File.Exists(Path.Combine(Source, name))) File.Copy(Path.Combine(Source, name), Path.Combine(folder, name), overwrite: true);
            return;
        }
        using var tables = TableSet.Create(folder);
        foreach (var r in Results) tables.Write(r);
        foreach (var e in LoadErrors) tables.Write(e);
    }

    /// <inheritdoc />
    public override string ToString() => $"Corpus {Source}: {Articles.RowCount} articles, {Mentions.RowCount} mentions, {Quotes.RowCount} quotes, {Figures.RowCount} figures, {Statements.RowCount} statements, {Dates.RowCount} dates, {Errors.RowCount} errors";
}
