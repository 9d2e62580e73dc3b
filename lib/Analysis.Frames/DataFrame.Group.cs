namespace Analysis.Frames;

public sealed partial class DataFrame
{
    /// <summary>
    /// Groups rows by the values of one or more key columns. Aggregates on the result (<c>.Count()</c>,
    /// <c>.Sum("deaths")</c>, <c>.Aggregate(...)</c>) yield one row per group, ordered by the key values ascending
    /// (first key most significant, strings ordinal, missing keys as their own group, last).
    /// </summary>
    /// <param name="keys">The key column names.</param>
    public GroupedDataFrame GroupBy(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            throw new ArgumentException("GroupBy needs at least one key column.", nameof(keys));
        }

        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Length)
        {
            throw new ArgumentException($"GroupBy keys repeat a column: {string.Join(", ", keys)}.", nameof(keys));
        }

        return new GroupedDataFrame(this, keys);
    }
}
