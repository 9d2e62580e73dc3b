using Analysis.Frames.Internal;

namespace Analysis.Frames;

public sealed partial class DataFrame
{
    /// <summary>
    /// Returns the rows sorted by one column. The sort is stable (ties keep their current order, so
    /// <c>f.SortBy("b").SortBy("a")</c> sorts by a, then b); strings compare ordinally; missing values sort last.
    /// </summary>
    /// <param name="column">The column name.</param>
    /// <param name="descending">Whether larger values come first.</param>
    public DataFrame SortBy(string column, bool descending = false) => SortBy(new SortKey(column, descending));

    /// <summary>
    /// Returns the rows sorted by several keys, the first key most significant
    /// (<c>f.SortBy(SortKey.Desc("count"), "person")</c>). Stable; missing values sort last in every key.
    /// </summary>
    /// <param name="keys">The sort keys; a string converts to an ascending key.</param>
    public DataFrame SortBy(params SortKey[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            throw new ArgumentException("SortBy needs at least one column.", nameof(keys));
        }

        var columns = keys.Select(k => this[k.Column]).ToArray();
        if (RowCount == 0)
        {
            return this;
        }

        var rank = RowOrder.CompositeRank(columns, keys.Select(k => k.Descending).ToArray());
        return TakeRows(RowOrder.Permutation(rank.Ranks));
    }
}
