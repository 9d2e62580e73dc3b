using Analysis.Core.Tests.Articles;
using Analysis.Extraction;
using Analysis.Frames;
using Analysis.Tables;

namespace Analysis.Core.Tests.Tables;

public sealed class TableTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_per_rfc_4180(string field, string expected) =>
        Assert.Equal(expected, CsvQuoting.Quote(field));

    // Numbers and dates are written in place, as their invariant strings; an absent one as an empty cell.
    [Theory]
    [InlineData(0L, null, "2024-02-29", "a,0,,2024-02-29,\"x,y\"")]
    [InlineData(-42L, 7L, null, "a,-42,7,,\"x,y\"")]
    [InlineData(long.MaxValue, long.MinValue, "0001-01-01", "a,9223372036854775807,-9223372036854775808,0001-01-01,\"x,y\"")]
    public void Cells_are_written_in_the_invariant_culture(long number, long? optional, string? date, string expected)
    {
        var text = new StringWriter();
        using (var writer = new CsvTableWriter<CellRow>(text))
            writer.Write(new CellRow("a", number, optional, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "x,y"));
        Assert.Equal("id,number,optional,date,text\n" + expected + "\n", text.ToString());
    }

    public sealed record CellRow(
        [property: ColumnName("id")] string Id,
        [property: ColumnName("number")] long Number,
        [property: ColumnName("optional")] long? Optional,
        [property: ColumnName("date")] DateOnly? Date,
        [property: ColumnName("text")] string Text);

    [Fact]
    public void Headers_follow_the_spec()
    {
        Assert.Equal("article_id,file,outlet,published,url,title,chars,sentences", string.Join(",", CsvTableWriter<ArticleRow>.Columns));
        Assert.Equal("article_id,person,surface,kind,start,end,sentence", string.Join(",", CsvTableWriter<MentionRow>.Columns));
        Assert.Equal("article_id,speaker,quote,start,end,sentence", string.Join(",", CsvTableWriter<QuoteRow>.Columns));
        Assert.Equal("article_id,category,measure,low,high,qualifier,who,where,source,text,start,end,sentence", string.Join(",", CsvTableWriter<FigureRow>.Columns));
        Assert.Equal("article_id,stance,actor,force,speaker,date,date_text,text,start,end,sentence", string.Join(",", CsvTableWriter<StatementRow>.Columns));
        Assert.Equal("article_id,text,value,granularity,start,end,sentence", string.Join(",", CsvTableWriter<DateRow>.Columns));
        Assert.Equal("source,line,error", string.Join(",", CsvTableWriter<ErrorRow>.Columns));
    }

    [Fact]
    public void Written_tables_round_trip_through_the_frame_reader()
    {
        using var dir = new TempFolder();
        var seeds = Path.Combine(Gold.GoldSet.RepoRoot, "seeds");
        var summary = TableExtraction.Run(seeds, dir.Path, new() { Parallelism = 1 });
        Assert.Equal(4, summary.Articles);
        Assert.Equal(0, summary.Errors);
        // On one thread, analysing is a part of the run: reading and writing are the rest.
        Assert.InRange(summary.Analysis, TimeSpan.FromTicks(1), summary.Elapsed);
        foreach (var name in TableSet.FileNames) Assert.True(File.Exists(Path.Combine(dir.Path, name)), name);

        var fromDisk = Corpus.Load(dir.Path);
        var inMemory = Corpus.Load(seeds);
        AssertSame(inMemory.Articles, fromDisk.Articles);
        AssertSame(inMemory.Mentions, fromDisk.Mentions);
        AssertSame(inMemory.Quotes, fromDisk.Quotes);
        AssertSame(inMemory.Figures, fromDisk.Figures);
        AssertSame(inMemory.Statements, fromDisk.Statements);
        AssertSame(inMemory.Dates, fromDisk.Dates);
        Assert.Equal(0, fromDisk.Errors.RowCount);
        Assert.Equal(typeof(DateOnly), fromDisk.Articles["published"].DataType);
        Assert.Equal(typeof(long), fromDisk.Mentions["start"].DataType);
    }

    [Fact]
    public void Sentences_csv_reads_back_as_the_sentences_of_the_extracted_corpus()
    {
        using var dir = new TempFolder();
        var seeds = Path.Combine(Gold.GoldSet.RepoRoot, "seeds");
        TableExtraction.Run(seeds, dir.Path, ExtractOptions.Default.WithParallelism(1).WithSentences());
        var fromDisk = Corpus.Load(dir.Path);
        var inMemory = Corpus.Load(seeds);
        Assert.Equal(inMemory.Articles["sentences"].As<long>().Values.Sum(), fromDisk.Sentences.RowCount);
        AssertSame(inMemory.Sentences, fromDisk.Sentences);
    }

    [Fact]
    public void Without_sentences_csv_a_table_corpus_has_no_sentences()
    {
        using var dir = new TempFolder();
        TableExtraction.Run(Path.Combine(Gold.GoldSet.RepoRoot, "seeds"), dir.Path, ExtractOptions.Default.WithParallelism(1));
        Assert.False(File.Exists(Path.Combine(dir.Path, TableSet.SentencesFile)));
        var sentences = Corpus.Load(dir.Path).Sentences;
        Assert.Equal(0, sentences.RowCount);
        Assert.Contains("sentence_text", sentences.ColumnNames);
    }

    [Fact]
    public void Sentences_are_not_written_for_a_shard()
    {
        using var dir = new TempFolder();
        var options = ExtractOptions.Default.WithShard(new Shard(1, 2)).WithSentences();
        var error = Assert.Throws<ArgumentException>(() => TableExtraction.Run(Path.Combine(Gold.GoldSet.RepoRoot, "seeds"), dir.Path, options));
        Assert.Contains("shard", error.Message);
    }

    [Fact]
    public void Parallel_and_single_threaded_runs_write_identical_tables()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        var seeds = Path.Combine(Gold.GoldSet.RepoRoot, "seeds");
        TableExtraction.Run(seeds, one.Path, new() { Parallelism = 1, Sentences = true });
        TableExtraction.Run(seeds, two.Path, new() { Parallelism = 4, Sentences = true });
        foreach (var name in TableSet.FileNames.Append(TableSet.SentencesFile))
            Assert.Equal(File.ReadAllText(Path.Combine(one.Path, name)), File.ReadAllText(Path.Combine(two.Path, name)));
    }

    [Fact]
    public void Bad_inputs_are_listed_in_errors_csv_and_good_ones_kept()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.txt", "Defense Secretary Lloyd Austin spoke on Tuesday.");
        input.WriteBytes("bad.txt", [0, 1, 2, 3]);
        var summary = TableExtraction.Run(input.Path, output.Path);
        Assert.Equal(1, summary.Articles);
        Assert.Equal(1, summary.Errors);
        var errors = DataFrame.ReadCsv(Path.Combine(output.Path, "errors.csv"));
        Assert.Equal(1, errors.RowCount);
        Assert.EndsWith("bad.txt", (string)errors["source"][0]!);
        Assert.Contains("skipped 1 input", summary.ToString());
    }

    private static void AssertSame(DataFrame expected, DataFrame actual)
    {
        Assert.Equal(expected.ColumnNames, actual.ColumnNames);
        Assert.Equal(expected.RowCount, actual.RowCount);
        foreach (var name in expected.ColumnNames)
        {
            Assert.Equal(expected[name].DataType, actual[name].DataType);
            for (var r = 0; r < expected.RowCount; r++) Assert.Equal(expected[name][r], actual[name][r]);
        }
    }
}
