namespace Analysis.Articles;

/// <summary>
/// Reads articles from an input path as a stream: a folder of article files (with an optional
/// <c>articles.csv</c> manifest), a single article file, or a corpus file (JSON Lines or CSV).
/// Inputs that cannot be read become <see cref="LoadError"/> items; reading goes on.
/// </summary>
public static class ArticleSource
{
    /// <summary>Article file extensions read from folders.</summary>
    public static IReadOnlyList<string> ArticleExtensions { get; } = [".txt", ".md", ".html", ".htm"];

    /// <summary>Reads every article (or error) under <paramref name="path"/>, in a deterministic order.</summary>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    public static IEnumerable<LoadItem> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path)) return FolderSource.Read(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"No such file or folder: {path}", path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" or ".json" => JsonLinesSource.Read(path),
            ".csv" or ".tsv" => CsvCorpusSource.Read(path),
            _ => FolderSource.ReadFiles([path], Manifest.Empty),
        };
    }

    /// <summary>Reads articles, keeping only the articles (errors are dropped); handy in notebooks and tests.</summary>
    public static IEnumerable<Article> Articles(string path) =>
        Read(path).Where(i => i.Article is not null).Select(i => i.Article!);
}
