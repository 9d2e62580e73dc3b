namespace Analysis.Frames;

/// <summary>What an <see cref="Aggregation"/> computes per group.</summary>
public enum AggregateFunction
{
    /// <summary>Number of rows in the group (long).</summary>
    Count,
    /// <summary>Number of non-missing values of a column (long).</summary>
    CountValues,
    /// <summary>Number of distinct non-missing values of a column (long).</summary>
    CountDistinct,
    /// <summary>Sum of a numeric or bool column, missing skipped; 0 when nothing to add (long for long/bool, else double).</summary>
    Sum,
    /// <summary>Mean of a numeric or bool column, missing skipped (double; missing when no values).</summary>
    Mean,
    /// <summary>Median of a numeric column, missing skipped (double; missing when no values).</summary>
    Median,
    /// <summary>Smallest non-missing value of any column type (same type).</summary>
    Min,
    /// <summary>Largest non-missing value of any column type (same type).</summary>
    Max,
    /// <summary>First non-missing value in row order (same type).</summary>
    First,
    /// <summary>Last non-missing value in row order (same type).</summary>
    Last,
}

/// <summary>
/// One aggregate for <see cref="GroupedDataFrame.Aggregate"/>: <c>Aggregation.Sum("deaths")</c> yields a column
/// named <c>deaths_sum</c>; rename with <see cref="As"/>. <see cref="Count"/> yields <c>count</c>.
/// </summary>
/// <param name="Function">What to compute.</param>
/// <param name="Column">The source column (null for <see cref="AggregateFunction.Count"/>).</param>
/// <param name="Name">The result column name.</param>
public sealed record Aggregation(AggregateFunction Function, string? Column, string Name)
{
    /// <summary>Rows per group, in a column named <c>count</c>.</summary>
    public static Aggregation Count() => new(AggregateFunction.Count, null, "count");

    /// <summary>Non-missing values per group (<c>{column}_count</c>).</summary>
    /// <param name="column">The source column.</param>
    public static Aggregation CountValues(string column) => Of(AggregateFunction.CountValues, column, "count");

    /// <summary>Distinct non-missing values per group (<c>{column}_distinct</c>).</summary>
    /// <param name="column">The source column.</param>
    public static Aggregation CountDistinct(string column) => Of(AggregateFunction.CountDistinct, column, "distinct");

    /// <summary>Sum per group (<c>{column}_sum</c>).</summary>
    /// <param name="column">The source column.</param>
    public static Aggregation Sum(string column) => Of(AggregateFunction.Sum, column, "sum");

    /// <summary>Mean per group (<c>{column}_mean</c>).</summary>
    /// <param name="column">The source column.</param>
    public static Aggregation Mean(string column) => Of(AggregateFunction.Mean, column, "mean");

    /// <summary>Median per group (<c>{column}_median</c>).</summary>
    /// <param name="column">The source column.</param>
    public static Aggregation Median(string column) => Of(AggregateFunction.Median, column, "median");

    /// <summary>Minimum per group (<c>{column}_min</c>).</summary>
    /// <param name="column">The source column.</param>
    public static Aggregation Min(string column) => Of(AggregateFunction.Min, column, "min");

    /// <summary>Maximum per group (<c>{column}_max</c>).</summary>
    /// <param name="column">The source column.</param>
    public static Aggregation Max(string column) => Of(AggregateFunction.Max, column, "max");

    /// <summary>First non-missing value per group (<c>{column}_first</c>).</summary>
    /// <param name="column">The source column.</param>
    public static Aggregation First(string column) => Of(AggregateFunction.First, column, "first");

    /// <summary>Last non-missing value per group (<c>{column}_last</c>).</summary>
    /// <param name="column">The source column.</param>
    public static Aggregation Last(string column) => Of(AggregateFunction.Last, column, "last");

    /// <summary>The same aggregate under another result name.</summary>
    /// <param name="name">The result column name.</param>
    public Aggregation As(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return this with { Name = name };
    }

    private static Aggregation Of(AggregateFunction function, string column, string suffix)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new Aggregation(function, column, $"{column}_{suffix}");
    }
}
