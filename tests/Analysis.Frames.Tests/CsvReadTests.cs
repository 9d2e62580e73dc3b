namespace Analysis.Frames.Tests;

public sealed class CsvReadTests
{
    [Theory]
    [InlineData("1\n-2\n", typeof(long))]
    [InlineData("1\n2.5\n", typeof(double))]
    [InlineData("1e3\nNaN\n", typeof(double))]
    [InlineData("true\nFalse\n", typeof(bool))]
    [InlineData("2024-01-05\n2023-12-31\n", typeof(DateOnly))]
    [InlineData("2024-01-05T10:00:00\n2024-01-05 11:30\n", typeof(DateTime))]
    [InlineData("2024-01-05\n2024-01-05T10:00:00Z\n", typeof(DateTime))]
    [InlineData("1\ntrue\n", typeof(string))]
    [InlineData("2024\n2024-01-05\n", typeof(string))]
    [InlineData("1.5.2\n", typeof(string))]
    [InlineData(" 1\n", typeof(string))]
    [InlineData("05/01/2024\n", typeof(string))]
    [InlineData("\n\n", typeof(string))]
    [InlineData("\"1\"\n2\n", typeof(string))]
    public void InfersTheNarrowestTypeThatFitsEveryValue(string body, Type expected)
    {
        var frame = DataFrame.ParseCsv("x\n" + body);

        Assert.Equal(expected, frame["x"].DataType);
    }

    [Fact]
    public void WideningToTextKeepsTheOriginalSpelling()
    {
        var frame = DataFrame.ParseCsv("code\n007\n1.50\n+3\n1e3\nA1\n");

        Assert.Equal(["007", "1.50", "+3", "1e3", "A1"], Samples.Strings(frame, "code"));
    }

    [Fact]
    public void WideningFromDatesToTextKeepsTheOriginalSpelling()
    {
        var frame = DataFrame.ParseCsv("d\n2024-01-05\n2024-01-05T10:00\nsoon\n");

        Assert.Equal(["2024-01-05", "2024-01-05T10:00", "soon"], Samples.Strings(frame, "d"));
    }

    [Fact]
    public void ParsesValuesOfEveryType()
    {
        var frame = DataFrame.ParseCsv(
            "id,score,ok,day,at,name\n" +
            "1,2.5,true,2024-02-29,2024-02-29T13:45:10.5Z,Ann\n" +
            ",,,,,\n");

        Assert.Equal(1L, frame["id"][0]);
        Assert.Equal(2.5, frame["score"][0]);
        Assert.Equal(true, frame["ok"][0]);
        Assert.Equal(new DateOnly(2024, 2, 29), frame["day"][0]);
        var at = (DateTime)frame["at"][0]!;
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 10, 500), at);
        Assert.Equal(DateTimeKind.Utc, at.Kind);
        Assert.All(frame.Columns, c => Assert.True(c.IsMissing(1)));
    }

    [Fact]
    public void OffsetsAreConvertedToUtc()
    {
        var frame = DataFrame.ParseCsv("at\n2024-01-05T10:00:00+02:00\n");

        Assert.Equal(new DateTime(2024, 1, 5, 8, 0, 0, DateTimeKind.Utc), frame["at"][0]);
    }

    [Fact]
    public void QuotedFieldsMayHoldDelimitersQuotesAndNewlines()
    {
        var frame = DataFrame.ParseCsv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"line1\nline2\",\"\"\r\n");

        Assert.Equal(["x, y", "line1\nline2"], Samples.Strings(frame, "a"));
        Assert.Equal(["say \"hi\"", ""], Samples.Strings(frame, "b"));
    }

    [Fact]
    public void EmptyCellIsMissingButQuotedEmptyIsEmptyString()
    {
        var frame = DataFrame.ParseCsv("a,b\n,\"\"\n");

        Assert.True(frame["a"].IsMissing(0));
        Assert.Equal("", frame["b"][0]);
    }

    [Fact]
    public void ForcedTypesAndTextMode()
    {
        const string csv = "id,n\n007,1\n";

        var forced = DataFrame.ParseCsv(csv, CsvReadOptions.Default.WithColumnType("id", typeof(string)).WithColumnType("n", typeof(double)));
        var text = DataFrame.ParseCsv(csv, CsvReadOptions.Default.AsText());
        var quotedNumbers = DataFrame.ParseCsv("n\n\"1\"\n\"2\"\n", CsvReadOptions.Default with { QuotedValuesAreText = false });

        Assert.Equal("007", forced["id"][0]);
        Assert.Equal(1.0, forced["n"][0]);
        Assert.All(text.Columns, c => Assert.Equal(typeof(string), c.DataType));
        Assert.Equal(typeof(long), quotedNumbers["n"].DataType);
    }

    [Fact]
    public void SemicolonDelimiter()
    {
        var frame = DataFrame.ParseCsv("a;b\n1;x,y\n", CsvReadOptions.Default with { Delimiter = ';' });

        Assert.Equal("x,y", frame["b"][0]);
    }

    [Fact]
    public void ForcedTypeMismatchNamesLineAndColumn()
    {
        var error = Assert.Throws<CsvFormatException>(() =>
            DataFrame.ParseCsv("id,n\n1,2\n2,abc\n", CsvReadOptions.Default.WithColumnType("n", typeof(long)) with { SourceName = "data.csv" }));

        Assert.Equal("data.csv, line 3: column 'n': 'abc' is not a long.", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void ForcingAnUnknownColumnListsTheHeader()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            DataFrame.ParseCsv("a,b\n1,2\n", CsvReadOptions.Default.WithColumnType("c", typeof(long))));

        Assert.Contains("'c'", error.Message);
        Assert.Contains("a, b", error.Message);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3\n", 3, "expected 2 fields (as in the header) but found 1")]
    [InlineData("a,b\n\"x\ny\",2\n1,2,3\n", 4, "expected 2 fields (as in the header) but found 3")]
    [InlineData("a\n\"open\n", 2, "a quoted field is not closed")]
    [InlineData("a,b\n\"x\"y,2\n", 2, "unexpected character 'y' after a closing quote")]
    public void MalformedInputNamesTheLine(string csv, int line, string problem)
    {
        var error = Assert.Throws<CsvFormatException>(() => DataFrame.ParseCsv(csv));

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"CSV, line {line}: ", error.Message);
    }

    [Fact]
    public void BlankLinesAreSkippedAndHeaderNamesMadeUnique()
    {
        var frame = DataFrame.ParseCsv("a,a,\n1,2,3\n\n4,5,6");

        Assert.Equal(["a", "a_2", "column_3"], frame.ColumnNames);
        Assert.Equal([1, 4], Samples.Longs(frame, "a"));
    }

    [Fact]
    public void EmptyInputAndHeaderOnly()
    {
        Assert.Equal(DataFrame.Empty, DataFrame.ParseCsv(""));
        var headerOnly = DataFrame.ParseCsv("a,b\n");
        Assert.Equal(["a", "b"], headerOnly.ColumnNames);
        Assert.Equal(0, headerOnly.RowCount);
    }

    [Fact]
    public void ReadsFilesWithByteOrderMark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"frames-bom-{Environment.ProcessId}.csv");
        try
        {
            File.WriteAllText(path, "name,n\nx,1\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            var frame = DataFrame.ReadCsv(path);

            Assert.Equal(["name", "n"], frame.ColumnNames);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingFileErrorNamesThePath()
    {
        var error = Assert.ThrowsAny<IOException>(() => DataFrame.ReadCsv("/nonexistent/dir/mentions.csv"));

        Assert.Contains("mentions.csv", error.Message);
    }
}
