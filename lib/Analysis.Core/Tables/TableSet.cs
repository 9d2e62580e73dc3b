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

    /// <summary>
    /// The optional table beside the seven (not in SPEC): every sentence with its text, written when asked
    /// (<see cref="ExtractOptions.Sentences"/>) so notebooks reading the tables can show mentions in context.
    /// </summary>
    public const string SentencesFile = "sentences.csv";

    /// <summary>Every file a table folder may hold: the seven tables in SPEC order, then <see cref="SentencesFile"/>.</summary>
    public static IReadOnlyList<string> AllFileNames { get; } = [.. FileNames, SentencesFile];

    private readonly CsvTableWriter<ArticleRow> _articles;
    private readonly CsvTableWriter<MentionRow> _mentions;
    private readonly CsvTableWriter<QuoteRow> _quotes;
    private readonly CsvTableWriter<FigureRow> _figures;
    private readonly CsvTableWriter<StatementRow> _statements;
    private readonly CsvTableWriter<DateRow> _dates;
    private readonly CsvTableWriter<ErrorRow> _errors;
    private readonly CsvTableWriter<SentenceRow>? _sentences;

    private readonly ShardItemsWriter? _items;

    private TableSet(string folder, string nameFolder, ShardItemsWriter? items, bool sentences)
    {
        // Tables bound for name resolution (written apart from the rest) remember the names they hold.
        Names = nameFolder == folder ? null : new WrittenNames();
        Folder = folder;
        _articles = new(Path.Combine(folder, "articles.csv"));
        _mentions = new(Path.Combine(nameFolder, "mentions.csv"));
        _quotes = new(Path.Combine(nameFolder, "quotes.csv"));
        _figures = new(Path.Combine(nameFolder, "figures.csv"));
        _statements = new(Path.Combine(nameFolder, "statements.csv"));
        _dates = new(Path.Combine(folder, "dates.csv"));
        _errors = new(Path.Combine(folder, "errors.csv"));
        _sentences = sentences ? new(Path.Combine(folder, SentencesFile)) : null;
        _items = items;
    }

    /// <summary>The tables whose person columns corpus-level name resolution rewrites, with those columns.</summary>
    public static IReadOnlyList<(string File, string Column)> NameColumns { get; } =
        [("mentions.csv", "person"), ("quotes.csv", "speaker"), ("figures.csv", "source"), ("statements.csv", "speaker")];

    /// <summary>The output folder.</summary>
    public string Folder { get; }

    /// <summary>The person values written, when the person tables go to a folder of their own for name resolution; else null.</summary>
    internal WrittenNames? Names { get; }

    /// <summary>Articles written.</summary>
    public long ArticleCount => _articles.Count;

    /// <summary>Errors written.</summary>
    public long ErrorCount => _errors.Count;

    /// <summary>Creates the folder (if needed) and the seven tables with their headers (and sentences.csv if <paramref name="sentences"/>).</summary>
    public static TableSet Create(string folder, bool sentences = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        return new TableSet(folder, folder, null, sentences);
    }

    /// <summary>
    /// Tables in <paramref name="folder"/> except the four with person columns, which go to <paramref name="nameFolder"/>
    /// (to be rewritten by name resolution); <paramref name="items"/> (may be null) records each item's row counts.
    /// </summary>
    internal static TableSet Create(string folder, string nameFolder, ShardItemsWriter? items, bool sentences = false)
    {
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(nameFolder);
        return new TableSet(folder, nameFolder, items, sentences);
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
        Names?.Add(result);
        _dates.WriteAll(result.DateRows());
        _sentences?.WriteAll(result.SentenceRows());
        _items?.Write(new ShardItem(1, result.Mentions.Count, result.Quotes.Count, result.Figures.Count,
            result.Statements.Count, result.Dates.Count, 0));
    }

    /// <summary>Writes an error row.</summary>
    public void Write(LoadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Write(error.ToRow());
        _items?.Write(new ShardItem(0, 0, 0, 0, 0, 0, 1));
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
        _sentences?.Dispose();
        _items?.Dispose();
    }
}
