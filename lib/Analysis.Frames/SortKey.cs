namespace Analysis.Frames;

/// <summary>
/// One key of a multi-column sort: <c>frame.SortBy(SortKey.Desc("count"), "person")</c>
/// (a plain string converts to an ascending key). Missing values always sort last.
/// </summary>
/// <param name="Column">The column name.</param>
/// <param name="Descending">Whether larger values come first.</param>
public sealed record SortKey(string Column, bool Descending = false)
{
    /// <summary>An ascending key.</summary>
    /// <param name="column">The column name.</param>
    public static SortKey Asc(string column) => new(column);

    /// <summary>A descending key.</summary>
    /// <param name="column">The column name.</param>
    public static SortKey Desc(string column) => new(column, true);

    /// <summary>An ascending key for <paramref name="column"/>.</summary>
    /// <param name="column">The column name.</param>
    public static implicit operator SortKey(string column) => new(column);
}
