namespace Analysis.Articles;

/// <summary>An article as loaded: its text plus the manifest or corpus metadata.</summary>
/// <param name="Id">The article id: file name without extension, or the corpus record's <c>id</c>.</param>
/// <param name="Text">The article text as loaded (UTF-8, BOM dropped); all offsets count UTF-16 units into it.</param>
public sealed record Article(string Id, string Text)
{
    /// <summary>The file name for folder input (with extension), else empty.</summary>
    public string File { get; init; } = "";

    /// <summary>The outlet that published the article, or empty.</summary>
    public string Outlet { get; init; } = "";

    /// <summary>The publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The article's URL, or empty.</summary>
    public string Url { get; init; } = "";

    /// <summary>The headline, or empty.</summary>
    public string Title { get; init; } = "";

    /// <summary>Where the article was read from (a file path), for error messages.</summary>
    public string Source { get; init; } = "";

    /// <summary>The 1-based line in <see cref="Source"/> for corpus files; 0 for whole files.</summary>
    public int Line { get; init; }
}
