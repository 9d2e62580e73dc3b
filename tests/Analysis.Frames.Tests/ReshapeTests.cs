namespace Analysis.Frames.Tests;

public sealed class ReshapeTests
{
    [Fact]
    public void ValueCountsSortsByCountThenValue()
    {
        var frame = DataFrame.FromColumns(DataColumn.Create<string>("w", ["b", "a", null, "c", "b", "a", "d"]));

        var counts = frame.ValueCounts("w");

        Assert.Equal(["w", "count"], counts.ColumnNames);
        Assert.Equal(["a", "b", "c", "d", "<NA>"], Samples.Strings(counts, "w"));
        Assert.Equal([2, 2, 1, 1, 1], Samples.Longs(counts, "count"));
        Assert.Equal(0, frame.Head(0).ValueCounts("w").RowCount);
    }

    [Fact]
    public void PivotCountsWithZeroForEmptyCells()
    {
        var pivot = Samples.Mentions().Pivot("person", "article_id");

        Assert.Equal(["person", "1", "2", "3"], pivot.ColumnNames);
        Assert.Equal(["Biden", "Putin", "Zelensky", "<NA>"], Samples.Strings(pivot, "person"));
        Assert.Equal([1, 2, 0, 0], Samples.Longs(pivot, "1"));
        Assert.Equal([1, 0, 1, 0], Samples.Longs(pivot, "2"));
        Assert.Equal([1, 0, 0, 1], Samples.Longs(pivot, "3"));
    }

    [Fact]
    public void PivotWithAggregateLeavesEmptyCellsMissingAndDropsMissingColumnKeys()
    {
        var pivot = Samples.Mentions().Pivot("article_id", "person", "sentence", AggregateFunction.Mean);

        Assert.Equal(["article_id", "Biden", "Putin", "Zelensky"], pivot.ColumnNames);
        Assert.Equal([1, 2, 3], Samples.Longs(pivot, "article_id"));
        Assert.Equal([1, 2, 0], Samples.Doubles(pivot, "Biden"));
        Assert.Equal([4, null, null], Samples.Doubles(pivot, "Putin"));
    }

    [Fact]
    public void PivotNeedsValuesForNonCountAggregates()
    {
        Assert.Throws<ArgumentException>(() => Samples.Mentions().Pivot("person", "kind", aggregate: AggregateFunction.Sum));
    }

    [Fact]
    public void DistinctKeepsFirstOccurrenceInOriginalOrder()
    {
        var frame = Samples.Mentions();

        var byArticle = frame.Distinct("article_id");
        var all = DataFrame.Concat(frame, frame).Distinct();

        Assert.Equal([3, 1, 2], Samples.Longs(byArticle, "article_id"));
        Assert.Equal([0, 4, 2], Samples.Longs(byArticle, "sentence"));
        Assert.Equal(frame, all);
    }

    private static DataFrame Articles() => DataFrame.FromColumns(
        DataColumn.Create<long>("article_id", [2, 1, 4, 1]),
        DataColumn.Create<string>("kind", ["news", "op-ed", "news", "dup"]));

    [Fact]
    public void InnerJoinFollowsLeftOrderAndSuffixesClashes()
    {
        var joined = Samples.Mentions().Select("article_id", "person", "kind").Join(Articles(), "article_id");

        Assert.Equal(["article_id", "person", "kind", "kind_right"], joined.ColumnNames);
        Assert.Equal([1, 1, 2, 1, 1, 2, 1, 1], Samples.Longs(joined, "article_id"));
        Assert.Equal(["op-ed", "dup", "news", "op-ed", "dup", "news", "op-ed", "dup"], Samples.Strings(joined, "kind_right"));
    }

    [Fact]
    public void LeftJoinKeepsUnmatchedRowsWithMissingRightCells()
    {
        var joined = Samples.Mentions().Select("article_id").Join(Articles(), "article_id", JoinKind.Left);

        Assert.Equal(10, joined.RowCount);
        Assert.Equal("<NA>", Samples.Strings(joined, "kind")[0]);
    }

    [Fact]
    public void OuterJoinAppendsUnmatchedRightRowsWithTheirKeys()
    {
        var left = DataFrame.FromColumns(
            DataColumn.Create<long>("id", [1, null, 3]),
            DataColumn.Create<string>("l", ["a", "b", "c"]));
        var right = DataFrame.FromColumns(
            DataColumn.Create<double>("id", [3, 4, null]),
            DataColumn.Create<string>("r", ["x", "y", "z"]));

        var joined = left.Join(right, "id", JoinKind.Outer);

        Assert.Equal(typeof(double), joined["id"].DataType);
        Assert.Equal([1, null, 3, 4, null], Samples.Doubles(joined, "id"));
        Assert.Equal(["a", "b", "c", "<NA>", "<NA>"], Samples.Strings(joined, "l"));
        Assert.Equal(["<NA>", "<NA>", "x", "y", "z"], Samples.Strings(joined, "r"));
    }

    [Fact]
    public void JoinOnSeveralKeysAndTypeMismatch()
    {
        var left = DataFrame.FromColumns(
            DataColumn.Create<long>("a", [1, 1, 2]),
            DataColumn.Create<string>("b", ["x", "y", "x"]));
        var right = DataFrame.FromColumns(
            DataColumn.Create<long>("a", [1, 2]),
            DataColumn.Create<string>("b", ["y", "x"]),
            DataColumn.Create<bool>("hit", [true, true]));

        var joined = left.Join(right, ["a", "b"]);
        var error = Assert.Throws<ArgumentException>(() => left.Join(right.Rename("b", "c").Rename("a", "b"), "b"));

        Assert.Equal([1, 2], Samples.Longs(joined, "a"));
        Assert.Equal(["y", "x"], Samples.Strings(joined, "b"));
        Assert.Contains("'b' is string on the left but long on the right", error.Message);
    }

    [Fact]
    public void JoinWithEmptyFrames()
    {
        var empty = Articles().Head(0);

        Assert.Equal(0, Samples.Mentions().Join(empty, "article_id").RowCount);
        Assert.Equal(7, Samples.Mentions().Join(empty, "article_id", JoinKind.Left).RowCount);
        Assert.Equal(4, empty.Join(Articles(), "article_id", JoinKind.Outer).RowCount);
    }

    [Fact]
    public void ConcatUnionsColumnsAndWidensNumbers()
    {
        var a = DataFrame.FromColumns(DataColumn.Create<long>("x", [1, 2]), DataColumn.Create<string>("s", ["a", "b"]));
        var b = DataFrame.FromColumns(DataColumn.Create<double>("x", [2.5]), DataColumn.Create<bool>("t", [true]));

        var both = DataFrame.Concat(a, b);

        Assert.Equal(["x", "s", "t"], both.ColumnNames);
        Assert.Equal([1, 2, 2.5], Samples.Doubles(both, "x"));
        Assert.Equal(["a", "b", "<NA>"], Samples.Strings(both, "s"));
        Assert.True(both["t"].IsMissing(0));
        Assert.Equal(true, both["t"][2]);
        Assert.Equal(DataFrame.Empty, DataFrame.Concat());
        Assert.Equal(a, a.Concat(a.Head(0)));
    }

    [Fact]
    public void ConcatRejectsIncompatibleTypes()
    {
        var a = DataFrame.FromColumns(DataColumn.Create<long>("x", [1]));
        var b = DataFrame.FromColumns(DataColumn.Create<string>("x", ["1"]));

        var error = Assert.Throws<ArgumentException>(() => DataFrame.Concat(a, b));

        Assert.Contains("'x' has different types: long, string", error.Message);
    }

    [Theory]
    [InlineData(DateBucket.Day, "2024-01-03")]
    [InlineData(DateBucket.Week, "2024-01-01")]
    [InlineData(DateBucket.Month, "2024-01-01")]
    [InlineData(DateBucket.Quarter, "2024-01-01")]
    [InlineData(DateBucket.Year, "2024-01-01")]
    public void BucketStartsAreFirstDays(DateBucket bucket, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DataFrame.StartOf(new DateOnly(2024, 1, 3), bucket));
    }

    [Theory]
    [InlineData("2024-01-01", "2024-01-01")] // Monday stays
    [InlineData("2024-01-07", "2024-01-01")] // Sunday belongs to the week that started Monday
    [InlineData("2024-01-08", "2024-01-08")]
    [InlineData("2021-01-01", "2020-12-28")] // ISO week crossing a year
    public void IsoWeeksStartOnMonday(string date, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday), DataFrame.StartOf(DateOnly.Parse(date), DateBucket.Week));
    }

    [Fact]
    public void BucketDatesReplacesOrAddsADateColumn()
    {
        var frame = DataFrame.FromColumns(
            DataColumn.Create<DateTime>("at", [new DateTime(2024, 5, 17, 23, 0, 0), null, new DateTime(2024, 8, 1)]));

        var replaced = frame.BucketDates("at", DateBucket.Month);
        var added = frame.BucketDates("at", DateBucket.Quarter, "quarter");

        Assert.Equal(typeof(DateOnly), replaced["at"].DataType);
        Assert.Equal(new DateOnly(2024, 5, 1), replaced["at"][0]);
        Assert.True(replaced["at"].IsMissing(1));
        Assert.Equal(["at", "quarter"], added.ColumnNames);
        Assert.Equal(new DateOnly(2024, 7, 1), added["quarter"][2]);
        Assert.Throws<ArgumentException>(() => Samples.Mentions().BucketDates("person", DateBucket.Day));
    }
}
