using Analysis.Frames.Internal;

namespace Analysis.Frames;

/// <summary>
/// The rows of a frame grouped by key columns (from <see cref="DataFrame.GroupBy"/>). Every aggregate returns a frame
/// with one row per group: the key columns first, then the aggregates. Groups are ordered by their key values,
/// ascending, first key most significant (strings ordinal, numbers and dates natural order, false before true);
/// a missing key forms its own group, ordered last. This order never depends on the row order of the input.
/// </summary>
public sealed class GroupedDataFrame
{
    private readonly DataFrame _source;
    private readonly int[] _groups;
    private readonly int _groupCount;
    private readonly DataFrame _keyFrame;

    internal GroupedDataFrame(DataFrame source, string[] keys)
    {
        _source = source;
        Keys = keys;
        var keyColumns = keys.Select(k => source[k]).ToArray();
        if (source.RowCount == 0)
        {
            _groups = [];
            _groupCount = 0;
            _keyFrame = DataFrame.Create(keyColumns.Select(c => c.Slice(0, 0)).ToArray(), 0);
            return;
        }

        var rank = RowOrder.CompositeRank(keyColumns);
        _groups = rank.Ranks;
        _groupCount = rank.RankCount;
        var firstRows = RowOrder.FirstRows(_groups, _groupCount);
        _keyFrame = DataFrame.Create(keyColumns.Select(c => c.Gather(firstRows)).ToArray(), _groupCount);
    }

    /// <summary>The key column names.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The number of groups.</summary>
    public int GroupCount => _groupCount;

    /// <summary>Rows per group, in a column named <c>count</c> (or <paramref name="name"/>).</summary>
    /// <param name="name">The result column name.</param>
    public DataFrame Count(string name = "count") => Aggregate(Aggregation.Count().As(name));

    /// <summary>Sum of <paramref name="column"/> per group, named like the column unless <paramref name="name"/> is given.</summary>
    /// <param name="column">A long, double or bool column.</param>
    /// <param name="name">The result column name.</param>
    public DataFrame Sum(string column, string? name = null) => Single(Aggregation.Sum(column), column, name);

    /// <summary>Mean of <paramref name="column"/> per group, named like the column unless <paramref name="name"/> is given.</summary>
    /// <param name="column">A long, double or bool column.</param>
    /// <param name="name">The result column name.</param>
    public DataFrame Mean(string column, string? name = null) => Single(Aggregation.Mean(column), column, name);

    /// <summary>Median of <paramref name="column"/> per group, named like the column unless <paramref name="name"/> is given.</summary>
    /// <param name="column">A long, double or bool column.</param>
    /// <param name="name">The result column name.</param>
    public DataFrame Median(string column, string? name = null) => Single(Aggregation.Median(column), column, name);

    /// <summary>Minimum of <paramref name="column"/> per group, named like the column unless <paramref name="name"/> is given.</summary>
    /// <param name="column">A column of any type.</param>
    /// <param name="name">The result column name.</param>
    public DataFrame Min(string column, string? name = null) => Single(Aggregation.Min(column), column, name);

    /// <summary>Maximum of <paramref name="column"/> per group, named like the column unless <paramref name="name"/> is given.</summary>
    /// <param name="column">A column of any type.</param>
    /// <param name="name">The result column name.</param>
    public DataFrame Max(string column, string? name = null) => Single(Aggregation.Max(column), column, name);

    /// <summary>Distinct non-missing values of <paramref name="column"/> per group (default name <c>{column}_distinct</c>).</summary>
    /// <param name="column">A column of any type.</param>
    /// <param name="name">The result column name.</param>
    public DataFrame CountDistinct(string column, string? name = null) =>
        Aggregate(name is null ? Aggregation.CountDistinct(column) : Aggregation.CountDistinct(column).As(name));

    /// <summary>Several aggregates at once, one column each, in the order given.</summary>
    /// <param name="aggregations">The aggregates, e.g. <c>Aggregation.Count(), Aggregation.Sum("deaths").As("deaths")</c>.</param>
    public DataFrame Aggregate(params Aggregation[] aggregations)
    {
        ArgumentNullException.ThrowIfNull(aggregations);
        if (aggregations.Length == 0)
        {
            throw new ArgumentException("Aggregate needs at least one aggregation.", nameof(aggregations));
        }

        var columns = _keyFrame.Columns.ToList();
        foreach (var aggregation in aggregations)
        {
            ArgumentNullException.ThrowIfNull(aggregation);
            columns.Add(GroupAggregator.Compute(_source, _groups, _groupCount, aggregation));
        }

        return DataFrame.FromColumns(columns);
    }

    /// <summary>The groups themselves: each key row with the sub-frame of its rows (in original row order).</summary>
    public IEnumerable<(DataRow Key, DataFrame Rows)> Groups()
    {
        var rowsByGroup = new List<int>[_groupCount];
        for (var g = 0; g < _groupCount; g++)
        {
            rowsByGroup[g] = [];
        }

        for (var i = 0; i < _groups.Length; i++)
        {
            rowsByGroup[_groups[i]].Add(i);
        }

        for (var g = 0; g < _groupCount; g++)
        {
            yield return (_keyFrame.Row(g), _source.TakeRows(rowsByGroup[g].ToArray()));
        }
    }

    private DataFrame Single(Aggregation aggregation, string column, string? name) =>
        Aggregate(aggregation.As(name ?? column));
}
