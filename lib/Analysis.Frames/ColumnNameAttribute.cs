namespace Analysis.Frames;

/// <summary>
/// Overrides the column name that <see cref="DataFrame.FromRecords{T}(IEnumerable{T})"/> uses for a property,
/// e.g. <c>[ColumnName("article_id")] public long ArticleId { get; init; }</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class ColumnNameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The column name to use instead of the property name.</param>
    public ColumnNameAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The column name.</summary>
    public string Name { get; }
}
