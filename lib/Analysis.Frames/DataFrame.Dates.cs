namespace Analysis.Frames;

public sealed partial class DataFrame
{
    /// <summary>
    /// Maps a DateOnly or DateTime column to the first day (a <see cref="DateOnly"/>) of its day, ISO week (Monday),
    /// month, quarter or year, so that <c>BucketDates("published", DateBucket.Week).GroupBy("published").Count()</c>
    /// counts per week. Missing stays missing.
    /// </summary>
    /// <param name="column">A DateOnly or DateTime column.</param>
    /// <param name="bucket">The bucket size.</param>
    /// <param name="newColumn">Where to put the result; by default it replaces <paramref name="column"/> in place.</param>
    public DataFrame BucketDates(string column, DateBucket bucket, string? newColumn = null)
    {
        var source = this[column];
        Func<int, DateOnly> day = source switch
        {
            DataColumn<DateOnly> dates => row => dates.Data[row],
            DataColumn<DateTime> times => row => DateOnly.FromDateTime(times.Data[row]),
            _ => throw new ArgumentException(
                $"BucketDates needs a date or datetime column; '{column}' holds {Internal.ColumnTypes.DisplayName(source.DataType)} values.",
                nameof(column)),
        };

        var values = new DateOnly?[RowCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = source.IsMissing(i) ? null : StartOf(day(i), bucket);
        }

        return WithColumn(Internal.ColumnFactory.Nullable(newColumn ?? column, values));
    }

    /// <summary>The first day of the bucket holding <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <param name="bucket">The bucket size.</param>
    public static DateOnly StartOf(DateOnly date, DateBucket bucket) => bucket switch
    {
        DateBucket.Day => date,
        DateBucket.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        DateBucket.Month => new DateOnly(date.Year, date.Month, 1),
        DateBucket.Quarter => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
        DateBucket.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Unknown date bucket."),
    };
}
