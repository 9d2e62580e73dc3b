using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Tables;

/// <summary>Extracts an input (folder or corpus file) into the SPEC tables in an output folder.</summary>
public static class TableExtraction
{
    /// <summary>Hidden folder inside the output holding the person-column tables before name resolution.</summary>
    internal const string PendingFolder = ".unresolved";

    /// <summary>
    /// Reads <paramref name="input"/>, extracts every article and writes the seven tables to <paramref name="outputFolder"/>,
    /// streaming: pass 1 writes rows as results arrive (person columns to a hidden folder), pass 2 resolves names over the
    /// written tables (<see cref="NameResolutionPass"/>), so memory stays bounded whatever the corpus size. With
    /// <see cref="ExtractOptions.Shard"/> set, only that shard is extracted and the output is left unresolved, with the
    /// side files <see cref="TableMerge"/> needs (<see cref="ShardFiles"/>).
    /// </summary>
    public static ExtractSummary Run(string input, string outputFolder, ExtractOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        options ??= ExtractOptions.Default;
        if (options.Sentences && options.Shard is not null)
            throw new ArgumentException("sentences.csv is not written for a shard: 'analysis merge' combines the seven tables only", nameof(options));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var sharded = options.Shard is not null;
        var pending = Path.Combine(outputFolder, PendingFolder);
        long chars = 0, articles;
        WrittenNames? written;
        var errors = new List<LoadError>();
        Directory.CreateDirectory(outputFolder);
        if (sharded) ShardFiles.WriteShard(outputFolder, options.Shard!);
        var extractor = new CorpusExtractor();
        using (var tables = sharded
            ? TableSet.Create(outputFolder, outputFolder, new ShardItemsWriter(Path.Combine(outputFolder, ShardFiles.ItemsFile)))
            : TableSet.Create(outputFolder, pending, null, options.Sentences))
        {
            extractor.Extract(ArticleSource.Read(input), item =>
            {
                if (item.Result is { } r) { tables.Write(r); chars += r.Article.Text.Length; }
                else { tables.Write(item.Error!); errors.Add(item.Error!); }
            }, options);
            articles = tables.ArticleCount;
            written = tables.Names;
        }
        var extracted = started.Elapsed;
        if (!sharded) Resolve(pending, outputFolder, options.Parallelism, written);
        return new ExtractSummary(articles, errors, chars, started.Elapsed)
        {
            Resolution = started.Elapsed - extracted,
            Analysis = extractor.AnalysisTime,
        };
    }

    /// <summary>
    /// Extracts items and resolves names across the corpus ("said Biden" in one article, "Joe Biden"
    /// in another), in memory: resolution needs every article seen first, so results are held until the end.
    /// For corpora of any size use <see cref="Run"/>, which streams to tables.
    /// </summary>
    public static IEnumerable<ExtractedItem> Extract(IEnumerable<LoadItem> items, ExtractOptions? options = null)
    {
        var all = new CorpusExtractor().ExtractAll(items, options);
        return CorpusNames.Resolve(all);
    }

    internal static void Resolve(string pending, string outputFolder, int threads, WrittenNames? written = null)
    {
        NameResolutionPass.Run(pending, outputFolder, threads, written);
        Directory.Delete(pending, recursive: true);
    }
}

/// <summary>What an extraction run did.</summary>
/// <param name="Articles">Articles extracted.</param>
/// <param name="ErrorList">Inputs rejected (one row each in errors.csv).</param>
/// <param name="Characters">Characters of text processed.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record ExtractSummary(long Articles, IReadOnlyList<LoadError> ErrorList, long Characters, TimeSpan Elapsed)
{
    /// <summary>Of <see cref="Elapsed"/>, the time of the name-resolution pass over the written tables.</summary>
    public TimeSpan Resolution { get; init; }

    /// <summary>The time spent analysing articles, summed over threads (<see cref="CorpusExtractor.AnalysisTime"/>).</summary>
    public TimeSpan Analysis { get; init; }

    /// <summary>Number of inputs rejected.</summary>
    public int Errors => ErrorList.Count;

    /// <summary>One line: what was extracted and what was skipped.</summary>
    public override string ToString() =>
        Errors == 0
            ? $"extracted {Articles} articles ({Characters:N0} chars) in {Elapsed.TotalSeconds:F1}s"
            : $"extracted {Articles} articles ({Characters:N0} chars) in {Elapsed.TotalSeconds:F1}s; skipped {Errors} input(s), see errors.csv (first: {ErrorList[0].Source}:{ErrorList[0].Line}: {ErrorList[0].Error})";
}
