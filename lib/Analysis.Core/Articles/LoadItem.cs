namespace Analysis.Articles;

/// <summary>One item read from an input: an article, or the error that replaced it.</summary>
public readonly record struct LoadItem
{
    private LoadItem(Article? article, LoadError? error) => (Article, Error) = (article, error);

    /// <summary>The article, when it was read.</summary>
    public Article? Article { get; }

    /// <summary>The error, when the input could not be read.</summary>
    public LoadError? Error { get; }

    /// <summary>An article that was read.</summary>
    public static LoadItem Of(Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>An input that could not be read.</summary>
    public static LoadItem Failed(string source, int line, string error) => new(null, new LoadError(source, line, error));
}
