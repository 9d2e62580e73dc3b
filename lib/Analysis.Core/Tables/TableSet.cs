using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Tables;

/// <summary>
/// The seven tables of an extraction run, written to one folder as results arrive
/// (so memory stays bounded whatever the corpus size).
/// </summary>
public sealed class TableSet : IDisposable
{
    /// <summary>The file names of the tables, in SPEC order.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["articles.csv", "mentions.csv", "quotes.csv", "figures.csv", "statements.csv", "dates.csv", "errors.csv"];

    private readonly CsvTableWriter<ArticleRow> _articles;
    private readonly CsvTableWriter<MentionRow> _mentions;
    private readonly CsvTableWriter<QuoteRow> _quotes;
    private readonly CsvTableWriter<FigureRow> _figures;
    private readonly CsvTableWriter<StatementRow> _statements;
    private readonly CsvTableWriter<DateRow> _dates;
    private readonly CsvTableWriter<ErrorRow> _errors;

    private TableSet(string folder)
    {
        Folder = folder;
        _articles = new(Path.Combine(folder, "articles.csv"));
        _mentions = new(Path.Combine(folder, "mentions.csv"));
        _quotes = new(Path.Combine(folder, "quotes.csv"));
        _figures = new(Path.Combine(folder, "figures.csv"));
        _statements = new(Path.Combine(folder, "statements.csv"));
        _dates = new(Path.Combine(folder, "dates.csv"));
        _errors = new(Path.Combine(folder, "errors.csv"));
    }

    /// <summary>The output folder.</summary>
    public string Folder { get; }

    /// <summary>Articles written.</summary>
    public long ArticleCount => _articles.Count;

    /// <summary>Errors written.</summary>
    public long ErrorCount => _errors.Count;

    /// <summary>Creates the folder (if needed) and the seven tables with their headers.</summary>
    public static TableSet Create(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        return new TableSet(folder);
    }

    /// <summary>Writes every row of one article's result.</summary>
    public void Write(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _articles.Write(result.ToRow());
        _mentions.WriteAll(result.MentionRows());
        _quotes.WriteAll(result.QuoteRows());
        _figures.WriteAll(result.FigureRows());
        _statements.WriteAll(result.StatementRows());
        _dates.WriteAll(result.DateRows());
    }

    /// <summary>Writes an error row.</summary>
    public void Write(LoadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Write(error.ToRow());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _articles.Dispose();
        _mentions.Dispose();
        _quotes.Dispose();
        _figures.Dispose();
        _statements.Dispose();
        _dates.Dispose();
        _errors.Dispose();
    }
}
