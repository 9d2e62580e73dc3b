namespace Analysis.Frames.Tests;

public sealed class FrameBasicsTests
{
    private enum Mood { Calm, Angry }

    private sealed record Person(
        [property: ColumnName("article_id")] long ArticleId,
        string Name,
        int Age,
        double? Score,
        Mood Mood,
        DateOnly Seen,
        bool? Active);

    private sealed record Positional([ColumnName("full_name")] string Name, float Weight, IReadOnlyList<string> Tags);

    private class Base
    {
        public long Id { get; init; }
    }

    private sealed class Derived : Base
    {
        public string Label { get; init; } = "";

        public string this[int i] => Label;
    }

    [Fact]
    public void FromRecordsMapsPropertiesInDeclarationOrder()
    {
        var frame = DataFrame.FromRecords(new[]
        {
            new Person(7, "Ann", 41, 1.5, Mood.Angry, new DateOnly(2024, 5, 1), true),
            new Person(8, "Bob", 39, null, Mood.Calm, new DateOnly(2024, 5, 2), null),
        });

        Assert.Equal(["article_id", "Name", "Age", "Score", "Mood", "Seen", "Active"], frame.ColumnNames);
        Assert.Equal(
            [typeof(long), typeof(string), typeof(long), typeof(double), typeof(string), typeof(DateOnly), typeof(bool)],
            frame.Columns.Select(c => c.DataType));
        Assert.Equal("Angry", frame["Mood"][0]);
        Assert.True(frame["Score"].IsMissing(1));
        Assert.True(frame["Active"].IsMissing(1));
        Assert.Equal(41L, frame["Age"][0]);
    }

    [Fact]
    public void FromRecordsHonoursAttributesOnPositionalParametersAndFlattensOtherTypes()
    {
        var frame = DataFrame.FromRecords(new[] { new Positional("Ann", 1.5f, ["a", "b"]) });

        Assert.Equal(["full_name", "Weight", "Tags"], frame.ColumnNames);
        Assert.Equal(1.5, frame["Weight"][0]);
        Assert.Equal("a; b", frame["Tags"][0]);
    }

    [Fact]
    public void FromRecordsPutsBasePropertiesFirstAndSkipsIndexers()
    {
        var frame = DataFrame.FromRecords(new[] { new Derived { Id = 1, Label = "x" } });

        Assert.Equal(["Id", "Label"], frame.ColumnNames);
    }

    [Fact]
    public void FromRecordsWorksWithAnonymousTypesAndEmptyInput()
    {
        var frame = DataFrame.FromRecords(Enumerable.Range(0, 3).Select(i => new { Index = i, Even = i % 2 == 0 }));
        var empty = DataFrame.FromRecords(Array.Empty<Person>());

        Assert.Equal(3, frame.RowCount);
        Assert.Equal(typeof(bool), frame["Even"].DataType);
        Assert.Equal(0, empty.RowCount);
        Assert.Equal(7, empty.ColumnCount);
    }

    [Fact]
    public void UnknownColumnErrorListsTheAvailableColumns()
    {
        var frame = Samples.Mentions();

        var error = Assert.Throws<KeyNotFoundException>(() => frame["Person"]);

        Assert.Contains("'Person'", error.Message);
        Assert.Contains("Did you mean 'person'?", error.Message);
        Assert.Contains("'article_id', 'person', 'kind', 'sentence'", error.Message);
    }

    [Theory]
    [InlineData("select")]
    [InlineData("drop")]
    [InlineData("rename")]
    [InlineData("sort")]
    [InlineData("group")]
    [InlineData("filter")]
    [InlineData("valuecounts")]
    [InlineData("join")]
    [InlineData("pivot")]
    [InlineData("bucket")]
    [InlineData("distinct")]
    public void EveryVerbNamesAnUnknownColumn(string verb)
    {
        var frame = Samples.Mentions();
        Action act = verb switch
        {
            "select" => () => frame.Select("nope"),
            "drop" => () => frame.Drop("nope"),
            "rename" => () => frame.Rename("nope", "x"),
            "sort" => () => frame.SortBy("nope"),
            "group" => () => frame.GroupBy("nope"),
            "filter" => () => frame.Filter<long>("nope", _ => true),
            "valuecounts" => () => frame.ValueCounts("nope"),
            "join" => () => frame.Join(frame, "nope"),
            "pivot" => () => frame.Pivot("person", "nope"),
            "bucket" => () => frame.BucketDates("nope", DateBucket.Week),
            _ => () => frame.Distinct("nope"),
        };

        var error = Assert.Throws<KeyNotFoundException>(act);

        Assert.Contains("'nope'", error.Message);
        Assert.Contains("'sentence'", error.Message);
    }

    [Fact]
    public void FromColumnsRejectsUnequalLengthsAndDuplicateNames()
    {
        var a = DataColumn.Create<long>("a", [1, 2]);

        var lengths = Assert.Throws<ArgumentException>(() => DataFrame.FromColumns(a, DataColumn.Create<long>("b", [1])));
        var duplicate = Assert.Throws<ArgumentException>(() => DataFrame.FromColumns(a, a));

        Assert.Contains("'b' has 1", lengths.Message);
        Assert.Contains("Duplicate column name 'a'", duplicate.Message);
    }

    [Fact]
    public void RowsExposeTypedAndBoxedValues()
    {
        var frame = Samples.Mentions();
        var rows = frame.Rows.ToList();

        Assert.Equal(7, rows.Count);
        Assert.Equal(4, rows[4].Index);
        Assert.Null(rows[4]["person"]);
        Assert.Null(rows[4].Get<string>("person"));
        Assert.Equal(3L, rows[0].Get<long>("article_id"));
        Assert.Equal(3.0, rows[0].Get<double>("article_id"));
        Assert.Equal(3, rows[0].Get<int>("article_id"));
        Assert.Equal("3", rows[0].Get<string>("article_id"));
        Assert.Null(rows[6].Get<long?>("sentence"));
        Assert.Equal(0L, rows[6].Get<long>("sentence"));
        Assert.Equal(4L, rows[1].Get<long?>("sentence"));
        Assert.True(rows[6].IsMissing("sentence"));
    }

    [Fact]
    public void GetWithAnImpossibleTypeNamesColumnAndRow()
    {
        var row = Samples.Mentions().Row(0);

        var error = Assert.Throws<InvalidCastException>(() => row.Get<DateOnly>("person"));

        Assert.Contains("'person'", error.Message);
        Assert.Contains("row 0", error.Message);
    }

    [Fact]
    public void SelectDropRenameKeepValuesAndOrder()
    {
        var frame = Samples.Mentions();

        Assert.Equal(["sentence", "person"], frame.Select("sentence", "person").ColumnNames);
        Assert.Equal(["article_id", "sentence"], frame.Drop("person", "kind").ColumnNames);
        var renamed = frame.Rename("person", "who");
        Assert.Equal(["article_id", "who", "kind", "sentence"], renamed.ColumnNames);
        Assert.Equal(Samples.Strings(frame, "person"), Samples.Strings(renamed, "who"));
        Assert.Throws<ArgumentException>(() => frame.Rename("person", "kind"));
    }

    [Fact]
    public void AddColumnAndWithColumn()
    {
        var frame = Samples.Mentions();

        var added = frame.AddColumn("flag", Enumerable.Range(0, 7).Select(i => i % 2 == 0));
        var computed = frame.WithColumn("next", row => row.Get<long?>("sentence") + 1);
        var replaced = frame.WithColumn("kind", row => row.Get<string>("kind")!.ToUpperInvariant());

        Assert.Equal(typeof(bool), added["flag"].DataType);
        Assert.Equal([1, 5, 3, 2, 8, 4, null], Samples.Longs(computed, "next"));
        Assert.Equal(["article_id", "person", "kind", "sentence"], replaced.ColumnNames);
        Assert.Equal("NAME", replaced["kind"][0]);
        Assert.Throws<ArgumentException>(() => frame.AddColumn("kind", new[] { "x" }));
        Assert.Throws<ArgumentException>(() => frame.AddColumn("short", new long[] { 1 }));
        Assert.Equal(4, frame.ColumnCount);
    }

    [Theory]
    [InlineData(0, 0, new long[0])]
    [InlineData(2, 2, new long[] { 3, 1 })]
    [InlineData(100, 7, new long[] { 3, 1, 2, 1, 3, 2, 1 })]
    public void HeadTakesTheFirstRows(int n, int expectedRows, long[] ids)
    {
        var head = Samples.Mentions().Head(n);

        Assert.Equal(expectedRows, head.RowCount);
        Assert.Equal(ids.Select(i => (long?)i), Samples.Longs(head, "article_id"));
    }

    [Fact]
    public void TailAndSlice()
    {
        var frame = Samples.Mentions();

        Assert.Equal([2, 1], Samples.Longs(frame.Tail(2), "article_id"));
        Assert.Equal([2, 1, 3], Samples.Longs(frame.Slice(2, 3), "article_id"));
        Assert.Equal([null], Samples.Longs(frame.Tail(1), "sentence"));
        Assert.Throws<ArgumentOutOfRangeException>(() => frame.Slice(5, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => frame.Head(-1));
    }

    [Fact]
    public void FramesCompareByContent()
    {
        Assert.Equal(Samples.Mentions(), Samples.Mentions());
        Assert.NotEqual(Samples.Mentions(), Samples.Mentions().Rename("kind", "type"));
        Assert.NotEqual(Samples.Mentions(), Samples.Mentions().Head(6));
        Assert.NotEqual(Samples.Mentions(), Samples.Mentions().WithColumn("sentence", r => r.Get<long>("sentence")));
    }
}
