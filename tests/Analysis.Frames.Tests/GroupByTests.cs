namespace Analysis.Frames.Tests;

public sealed class GroupByTests
{
    [Fact]
    public void CountIsSortedByKeyWithMissingLast()
    {
        var counts = Samples.Mentions().GroupBy("person").Count();

        Assert.Equal(["person", "count"], counts.ColumnNames);
        Assert.Equal(["Biden", "Putin", "Zelensky", "<NA>"], Samples.Strings(counts, "person"));
        Assert.Equal([3, 2, 1, 1], Samples.Longs(counts, "count"));
    }

    [Fact]
    public void GroupOrderDoesNotDependOnRowOrder()
    {
        var frame = Samples.Mentions();
        var reversed = frame.TakeRows(Enumerable.Range(0, frame.RowCount).Reverse().ToArray());

        Assert.Equal(frame.GroupBy("kind", "person").Count(), reversed.GroupBy("kind", "person").Count());
    }

    [Fact]
    public void MultiKeyGroupsOrderByFirstKeyThenSecond()
    {
        var counts = Samples.Mentions().GroupBy("article_id", "person").Count();

        Assert.Equal([1, 1, 2, 2, 3, 3], Samples.Longs(counts, "article_id"));
        Assert.Equal(["Biden", "Putin", "Biden", "Zelensky", "Biden", "<NA>"], Samples.Strings(counts, "person"));
        Assert.Equal([1, 2, 1, 1, 1, 1], Samples.Longs(counts, "count"));
    }

    [Fact]
    public void NumericAggregatesSkipMissing()
    {
        var grouped = Samples.Mentions().GroupBy("person");

        Assert.Equal([3, 4, 3, 7], Samples.Longs(grouped.Sum("sentence"), "sentence"));
        Assert.Equal([1, 4, 3, 7], Samples.Doubles(grouped.Mean("sentence"), "sentence"));
        Assert.Equal([1, 4, 3, 7], Samples.Doubles(grouped.Median("sentence"), "sentence"));
        Assert.Equal([0, 4, 3, 7], Samples.Longs(grouped.Min("sentence"), "sentence"));
        Assert.Equal([2, 4, 3, 7], Samples.Longs(grouped.Max("sentence", "last"), "last"));
    }

    [Fact]
    public void MeanOfAGroupWithoutValuesIsMissingAndSumIsZero()
    {
        var frame = DataFrame.FromColumns(
            DataColumn.Create<string>("k", ["a", "a", "b"]),
            DataColumn.Create<double>("x", [null, null, 2.5]));

        var grouped = frame.GroupBy("k");

        Assert.Equal([null, 2.5], Samples.Doubles(grouped.Mean("x"), "x"));
        Assert.Equal([0, 2.5], Samples.Doubles(grouped.Sum("x"), "x"));
    }

    [Fact]
    public void MedianOfEvenCountAveragesTheMiddlePair()
    {
        var frame = DataFrame.FromColumns(
            DataColumn.Create<string>("k", ["a", "a", "a", "a"]),
            DataColumn.Create<long>("x", [10, 1, 4, 2]));

        Assert.Equal([3.0], Samples.Doubles(frame.GroupBy("k").Median("x"), "x"));
    }

    [Fact]
    public void MinMaxWorkOnStringsAndDates()
    {
        var frame = DataFrame.FromColumns(
            DataColumn.Create<string>("k", ["a", "a", "b"]),
            DataColumn.Create<string>("s", ["pear", "apple", null]),
            DataColumn.Create<DateOnly>("d", [new DateOnly(2024, 2, 1), new DateOnly(2023, 1, 1), null]));

        var grouped = frame.GroupBy("k");

        Assert.Equal(["apple", "<NA>"], Samples.Strings(grouped.Min("s"), "s"));
        Assert.Equal(new DateOnly(2024, 2, 1), grouped.Max("d")["d"][0]);
        Assert.True(grouped.Max("d")["d"].IsMissing(1));
    }

    [Fact]
    public void AggregateComputesSeveralColumnsWithDefaultAndCustomNames()
    {
        var result = Samples.Mentions().GroupBy("person").Aggregate(
            Aggregation.Count(),
            Aggregation.Sum("sentence"),
            Aggregation.CountDistinct("article_id"),
            Aggregation.CountValues("sentence"),
            Aggregation.First("article_id").As("first_article"),
            Aggregation.Last("article_id"));

        Assert.Equal(
            ["person", "count", "sentence_sum", "article_id_distinct", "sentence_count", "first_article", "article_id_last"],
            result.ColumnNames);
        Assert.Equal([3, 2, 1, 1], Samples.Longs(result, "count"));
        Assert.Equal([3, 1, 1, 1], Samples.Longs(result, "article_id_distinct"));
        Assert.Equal([3, 1, 1, 1], Samples.Longs(result, "sentence_count"));
        Assert.Equal([3, 1, 2, 3], Samples.Longs(result, "first_article"));
        Assert.Equal([1, 1, 2, 3], Samples.Longs(result, "article_id_last"));
    }

    [Fact]
    public void SumOfBoolsCountsTrue()
    {
        var frame = DataFrame.FromColumns(
            DataColumn.Create<string>("k", ["a", "a", "b"]),
            DataColumn.Create<bool>("flag", [true, true, false]));

        Assert.Equal([2, 0], Samples.Longs(frame.GroupBy("k").Sum("flag"), "flag"));
    }

    [Theory]
    [InlineData("sum")]
    [InlineData("mean")]
    [InlineData("median")]
    public void NumericAggregatesRejectTextColumns(string verb)
    {
        var grouped = Samples.Mentions().GroupBy("article_id");

        var error = Assert.Throws<ArgumentException>(() => verb switch
        {
            "sum" => grouped.Sum("kind"),
            "mean" => grouped.Mean("kind"),
            _ => grouped.Median("kind"),
        });

        Assert.Contains("'kind' holds string", error.Message);
    }

    [Fact]
    public void GroupingAnEmptyFrameYieldsAnEmptyResultWithTheRightColumns()
    {
        var empty = Samples.Mentions().Head(0);

        var counts = empty.GroupBy("person").Aggregate(Aggregation.Count(), Aggregation.Mean("sentence"));

        Assert.Equal(0, counts.RowCount);
        Assert.Equal(["person", "count", "sentence_mean"], counts.ColumnNames);
    }

    [Fact]
    public void GroupsEnumeratesSubFrames()
    {
        var groups = Samples.Mentions().GroupBy("person").Groups().ToList();

        Assert.Equal(4, groups.Count);
        Assert.Equal("Biden", groups[0].Key.Get<string>("person"));
        Assert.Equal([3, 2, 1], Samples.Longs(groups[0].Rows, "article_id"));
    }

    [Fact]
    public void GroupByRejectsNoKeysAndRepeatedKeys()
    {
        Assert.Throws<ArgumentException>(() => Samples.Mentions().GroupBy());
        Assert.Throws<ArgumentException>(() => Samples.Mentions().GroupBy("person", "person"));
    }
}
