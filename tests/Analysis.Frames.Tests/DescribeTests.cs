namespace Analysis.Frames.Tests;

public sealed class DescribeTests
{
    [Fact]
    public void DescribeSummarisesNumericColumnsOnly()
    {
        var frame = DataFrame.FromColumns(
            DataColumn.Create<long>("n", [1, 2, 3, 4, null]),
            DataColumn.Create<string>("s", ["a", "b", "c", "d", "e"]),
            DataColumn.Create<double>("x", [null, null, null, null, null]));

        var summary = frame.Describe();

        Assert.Equal(["statistic", "n", "x"], summary.ColumnNames);
        Assert.Equal(["count", "missing", "mean", "std", "min", "25%", "50%", "75%", "max"], Samples.Strings(summary, "statistic"));
        var n = Samples.Doubles(summary, "n");
        Assert.Equal([4, 1, 2.5, Math.Sqrt(5.0 / 3), 1, 1.75, 2.5, 3.25, 4], n);
        Assert.Equal([0, 5, null, null, null, null, null, null, null], Samples.Doubles(summary, "x"));
    }
}
