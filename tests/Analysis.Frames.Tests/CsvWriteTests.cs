using System.Text;

namespace Analysis.Frames.Tests;

public sealed class CsvWriteTests
{
    private static DataFrame AllTypes() => DataFrame.FromColumns(
        DataColumn.Create<string>("text", ["plain", "with, comma", "say \"hi\"", "two\nlines", "", null, "007", "true", "2024-01-01", "NaN", " padded "]),
        DataColumn.Create<long>("n", [1, -2, long.MaxValue, long.MinValue, 0, null, 7, 8, 9, 10, 11]),
        DataColumn.Create<double>("x", [0.1, 1e300, -0.0, double.NaN, double.PositiveInfinity, null, 1.0 / 3, 5e-324, 123456789012345680, 2, 3]),
        DataColumn.Create<bool>("ok", [true, false, null, true, true, true, true, true, true, true, false]),
        DataColumn.Create<DateOnly>("day", [new DateOnly(2024, 2, 29), null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1)]),
        DataColumn.Create<DateTime>("at", [new DateTime(2024, 1, 5, 10, 0, 0), new DateTime(2024, 1, 5, 10, 0, 0, DateTimeKind.Utc), new DateTime(638400000000000001), null, new DateTime(2024, 1, 5), new DateTime(2024, 1, 5), new DateTime(2024, 1, 5), new DateTime(2024, 1, 5), new DateTime(2024, 1, 5), new DateTime(2024, 1, 5), new DateTime(2024, 1, 5)]));

    [Fact]
    public void WritesRfc4180WithInvariantFormats()
    {
        Snapshot.Match("all-types.csv", AllTypes().ToCsv());
    }

    [Fact]
    public void RoundTripIsExactForEveryType()
    {
        var frame = AllTypes();

        var back = DataFrame.ParseCsv(frame.ToCsv());

        Assert.Equal(frame, back);
        Assert.True(double.IsNegative((double)back["x"][2]!));
    }

    [Theory]
    [InlineData("007")]
    [InlineData("12")]
    [InlineData("1.5")]
    [InlineData("false")]
    [InlineData("2024-01-05")]
    [InlineData("2024-01-05T10:00:00")]
    [InlineData("")]
    public void StringColumnsThatLookTypedStayStrings(string value)
    {
        var frame = DataFrame.FromColumns(DataColumn.Create<string>("s", [value, value]));

        var back = DataFrame.ParseCsv(frame.ToCsv());

        Assert.Equal(frame, back);
    }

    [Fact]
    public void EmptyFramesRoundTrip()
    {
        var noRows = Samples.Mentions().Head(0);

        Assert.Equal("article_id,person,kind,sentence\n", noRows.ToCsv());
        Assert.Equal(["article_id", "person", "kind", "sentence"], DataFrame.ParseCsv(noRows.ToCsv()).ColumnNames);
    }

    [Fact]
    public void HeaderNamesAreQuotedWhenNeeded()
    {
        var frame = DataFrame.FromColumns(DataColumn.Create<long>("a,b", [1]), DataColumn.Create<long>("c\"d", [2]));

        var csv = frame.ToCsv();

        Assert.Equal("\"a,b\",\"c\"\"d\"\n1,2\n", csv);
        Assert.Equal(frame, DataFrame.ParseCsv(csv));
    }

    [Fact]
    public void FileIsUtf8WithoutBomAndLfLineEnds()
    {
        var path = Path.Combine(Path.GetTempPath(), $"frames-write-{Environment.ProcessId}.csv");
        try
        {
            var frame = DataFrame.FromColumns(DataColumn.Create<string>("name", ["Zelenskyy", "Łukaszenka"]));

            frame.WriteCsv(path);
            var bytes = File.ReadAllBytes(path);

            Assert.NotEqual(0xEF, bytes[0]);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal("name\nZelenskyy\nŁukaszenka\n", Encoding.UTF8.GetString(bytes));
            Assert.Equal(frame, DataFrame.ReadCsv(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void HundredThousandGeneratedRowsRoundTripAndGroupCorrectly()
    {
        // Deterministic generator (no Random): mentions-like rows with long quoted sentences crossing buffer edges.
        const int rows = 100_000;
        var people = Enumerable.Range(0, 97).Select(i => $"Person {i}").ToArray();
        var expected = new long[people.Length];
        var csv = new StringBuilder("article_id,person,surface,kind,start,end,sentence\n");
        for (var i = 0; i < rows; i++)
        {
            var p = (int)((i * 7919L) % people.Length);
            expected[p]++;
            var sentence = i % 10 == 0 ? $"\"He said, \"\"no\"\"\n{new string('x', i % 300)}\"" : $"s{i % 13}";
            csv.Append(i / 25).Append(',').Append(people[p]).Append(",\"").Append(people[p][..6]).Append(", Jr.\",")
                .Append(i % 3 == 0 ? "Title" : "Name").Append(',').Append(i).Append(',').Append(i % 5 == 0 ? "" : (i + 5).ToString())
                .Append(',').Append(sentence).Append('\n');
        }

        var frame = DataFrame.ParseCsv(csv.ToString());
        var counts = frame.GroupBy("person").Count();

        Assert.Equal(rows, frame.RowCount);
        Assert.Equal(
            [typeof(long), typeof(string), typeof(string), typeof(string), typeof(long), typeof(long), typeof(string)],
            frame.Columns.Select(c => c.DataType));
        Assert.Equal(rows / 5, frame["end"].MissingCount);
        Assert.Equal("He said, \"no\"\n" + new string('x', 10), frame["sentence"][10]);
        Assert.Equal(people.Order(StringComparer.Ordinal), Samples.Strings(counts, "person"));
        Assert.Equal(
            people.Select((p, i) => (p, expected[i])).OrderBy(x => x.p, StringComparer.Ordinal).Select(x => (long?)x.Item2),
            Samples.Longs(counts, "count"));
        Assert.Equal(frame, DataFrame.ParseCsv(frame.ToCsv()));
        var sorted = frame.SortBy(SortKey.Desc("person"), "start");
        Assert.Equal(rows, sorted.RowCount);
        Assert.Equal(people.Max(StringComparer.Ordinal), sorted["person"][0]);
    }
}
