using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Tables;

/// <summary>Extracts an input (folder or corpus file) into the SPEC tables in an output folder.</summary>
public static class TableExtraction
{
    /// <summary>Reads <paramref name="input"/>, extracts every article and writes the seven tables to <paramref name="outputFolder"/>.</summary>
    public static ExtractSummary Run(string input, string outputFolder, ExtractOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var tables = TableSet.Create(outputFolder);
        long chars = 0;
        var errors = new List<LoadError>();
        foreach (var item in Extract(ArticleSource.Read(input), options))
        {
            if (item.Result is { } r) { tables.Write(r); chars += r.Article.Text.Length; }
            else { tables.Write(item.Error!); errors.Add(item.Error!); }
        }
        return new ExtractSummary(tables.ArticleCount, errors, chars, started.Elapsed);
    }

    /// <summary>
    /// Extracts items and resolves names across the corpus ("said Biden" in one article, "Joe Biden"
    /// in another). Resolution needs every article seen first, so results are held until the end.
    /// </summary>
    public static IEnumerable<ExtractedItem> Extract(IEnumerable<LoadItem> items, ExtractOptions? options = null)
    {
        var all = new CorpusExtractor().Extract(items, options).ToList();
        return CorpusNames.Resolve(all);
    }
}

/// <summary>What an extraction run did.</summary>
/// <param name="Articles">Articles extracted.</param>
/// <param name="ErrorList">Inputs rejected (one row each in errors.csv).</param>
/// <param name="Characters">Characters of text processed.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record ExtractSummary(long Articles, IReadOnlyList<LoadError> ErrorList, long Characters, TimeSpan Elapsed)
{
    /// <summary>Number of inputs rejected.</summary>
    public int Errors => ErrorList.Count;

    /// <summary>One line: what was extracted and what was skipped.</summary>
    public override string ToString() =>
        Errors == 0
            ? $"extracted {Articles} articles ({Characters:N0} chars) in {Elapsed.TotalSeconds:F1}s"
            : $"extracted {Articles} articles ({Characters:N0} chars) in {Elapsed.TotalSeconds:F1}s; skipped {Errors} input(s), see errors.csv (first: {ErrorList[0].Source}:{ErrorList[0].Line}: {ErrorList[0].Error})";
}
