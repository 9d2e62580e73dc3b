namespace Analysis.Frames.Tests;

public sealed class FilterSortTests
{
    [Fact]
    public void FilterKeepsMatchingRowsInOrder()
    {
        var kept = Samples.Mentions().Filter(row => row.Get<string>("person") == "Biden");

        Assert.Equal([3, 2, 1], Samples.Longs(kept, "article_id"));
    }

    [Fact]
    public void FilterOnEmptyFrameAndNoMatches()
    {
        var frame = Samples.Mentions();

        var none = frame.Filter(_ => false);

        Assert.Equal(0, none.RowCount);
        Assert.Equal(frame.ColumnNames, none.ColumnNames);
        Assert.Equal(0, none.Filter(_ => true).RowCount);
    }

    [Fact]
    public void TypedFilterSkipsMissingValueCellsUnlessAskedForNullable()
    {
        var frame = Samples.Mentions();

        var small = frame.Filter<long>("sentence", s => s < 3);
        var withMissing = frame.Filter<long?>("sentence", s => s is null || s < 3);

        Assert.Equal([0, 2, 1], Samples.Longs(small, "sentence"));
        Assert.Equal([0, 2, 1, null], Samples.Longs(withMissing, "sentence"));
    }

    [Fact]
    public void TypedFilterOnStringsSeesNullForMissing()
    {
        var missing = Samples.Mentions().Filter<string>("person", p => p is null);

        Assert.Equal(1, missing.RowCount);
        Assert.Equal(7L, missing["sentence"][0]);
    }

    [Fact]
    public void TypedFilterWithTheWrongTypeNamesTheColumnType()
    {
        var error = Assert.Throws<InvalidCastException>(() => Samples.Mentions().Filter<double>("person", _ => true));

        Assert.Contains("'person' holds string", error.Message);
    }

    [Fact]
    public void SortIsStableAndPutsMissingLast()
    {
        var sorted = Samples.Mentions().SortBy("person");

        Assert.Equal(["Biden", "Biden", "Biden", "Putin", "Putin", "Zelensky", "<NA>"], Samples.Strings(sorted, "person"));
        Assert.Equal([3, 2, 1, 1, 1, 2, 3], Samples.Longs(sorted, "article_id"));
        Assert.Equal([0, 2, 1, 4, null, 3, 7], Samples.Longs(sorted, "sentence"));
    }

    [Fact]
    public void DescendingSortKeepsTiesInOrderAndMissingLast()
    {
        var sorted = Samples.Mentions().SortBy("sentence", descending: true);

        Assert.Equal([7, 4, 3, 2, 1, 0, null], Samples.Longs(sorted, "sentence"));
        var byArticle = Samples.Mentions().SortBy("article_id", descending: true);
        Assert.Equal([0, 7, 2, 3, 4, 1, null], Samples.Longs(byArticle, "sentence"));
    }

    [Fact]
    public void MultiKeySortEqualsChainedStableSorts()
    {
        var frame = Samples.Mentions();

        var multi = frame.SortBy(SortKey.Desc("article_id"), "person");
        var chained = frame.SortBy("person").SortBy("article_id", descending: true);

        Assert.Equal(chained, multi);
        Assert.Equal([3, 3, 2, 2, 1, 1, 1], Samples.Longs(multi, "article_id"));
        Assert.Equal(["Biden", "<NA>", "Biden", "Zelensky", "Biden", "Putin", "Putin"], Samples.Strings(multi, "person"));
    }

    [Fact]
    public void StringsSortOrdinally()
    {
        var frame = DataFrame.FromColumns(DataColumn.Create<string>("s", ["b", "B", "a", "Ä", "A"]));

        Assert.Equal(["A", "B", "a", "b", "Ä"], Samples.Strings(frame.SortBy("s"), "s"));
    }

    [Theory]
    [InlineData(false, new[] { "2024-01-01", "2024-03-01", "2025-01-01" })]
    [InlineData(true, new[] { "2025-01-01", "2024-03-01", "2024-01-01" })]
    public void DatesAndDoublesSortNaturally(bool descending, string[] expected)
    {
        var frame = DataFrame.FromColumns(
            DataColumn.Create<DateOnly>("d", [new DateOnly(2024, 3, 1), new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1)]),
            DataColumn.Create<double>("x", [-1.5, 10, 2]));

        var sorted = frame.SortBy("d", descending);

        Assert.Equal(expected, sorted["d"].As<DateOnly>().Values.Select(d => d.ToString("yyyy-MM-dd")));
        Assert.Equal([-1.5, 2, 10], frame.SortBy("x")["x"].As<double>().Values);
    }

    [Fact]
    public void SortingAnEmptyFrameIsAllowed()
    {
        var empty = Samples.Mentions().Head(0);

        Assert.Equal(0, empty.SortBy("person").RowCount);
        Assert.Throws<ArgumentException>(() => empty.SortBy(Array.Empty<SortKey>()));
    }

    [Fact]
    public void DropMissingRemovesMissingCells()
    {
        Assert.Equal(6, Samples.Mentions().DropMissing("person").RowCount);
    }
}
