namespace Analysis.Frames;

public sealed partial class DataFrame
{
    private static readonly string[] Statistics = ["count", "missing", "mean", "std", "min", "25%", "50%", "75%", "max"];

    /// <summary>
    /// Summary statistics of the numeric (long and double) columns, like pandas' <c>describe()</c>: a <c>statistic</c>
    /// column (count, missing, mean, std, min, 25%, 50%, 75%, max) and one double column per numeric column.
    /// Quantiles interpolate linearly; std is the sample standard deviation; statistics of no values are missing.
    /// </summary>
    public DataFrame Describe()
    {
        var columns = new List<DataColumn> { DataColumn.Create<string>("statistic", Statistics) };
        foreach (var column in _columns)
        {
            double[] values = column switch
            {
                DataColumn<long> longs => [.. Enumerable.Range(0, RowCount).Where(i => !longs.IsMissing(i)).Select(i => (double)longs.Data[i])],
                DataColumn<double> doubles => [.. Enumerable.Range(0, RowCount).Where(i => !doubles.IsMissing(i)).Select(i => doubles.Data[i])],
                _ => [],
            };
            if (!Internal.ColumnTypes.IsNumeric(column.DataType))
            {
                continue;
            }

            Array.Sort(values);
            columns.Add(DataColumn.Create<double>(column.Name, Describe(values, RowCount - values.Length)));
        }

        return FromColumns(columns);
    }

    private static double?[] Describe(double[] sorted, int missing)
    {
        var n = sorted.Length;
        double? mean = n == 0 ? null : sorted.Average();
        double? std = n < 2 ? null : Math.Sqrt(sorted.Sum(v => (v - mean!.Value) * (v - mean.Value)) / (n - 1));
        return [n, missing, mean, std, Quantile(sorted, 0), Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), Quantile(sorted, 1)];
    }

    private static double? Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return null;
        }

        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}
