using System.Text;
using Analysis.Articles;

namespace Analysis.Core.Tests.Articles;

public sealed class ArticleSourceTests
{
    [Fact]
    public void Folder_with_manifest_gives_metadata_and_reports_bad_rows()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Alpha text.");
        dir.Write("b.md", "Beta text.");
        dir.Write("notes.json", "{}");
        dir.Write("articles.csv",
            "file,outlet,published,url,title\n" +
            "a.txt,Outlet A,2023-10-18,https://a,Title A\n" +
            "b.md,Outlet B,18/10/2023,,\n" +
            "a.txt,Dup,2023-10-19,,\n" +
            "missing.txt,X,2023-01-01,,\n");
        var items = ArticleSource.Read(dir.Path).ToList();
        var articles = items.Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        var errors = items.Where(i => i.Error is not null).Select(i => i.Error!).ToList();

        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
        Assert.Equal(new DateOnly(2023, 10, 18), articles[0].Published);
        Assert.Equal("Outlet A", articles[0].Outlet);
        Assert.Null(articles[1].Published);
        Assert.Equal("Outlet B", articles[1].Outlet);
        Assert.Collection(errors.OrderBy(e => e.Line),
            e => Assert.Equal((3, true), (e.Line, e.Error.Contains("bad published date"))),
            e => Assert.Equal((4, true), (e.Line, e.Error.Contains("duplicate"))),
            e => Assert.Equal((5, true), (e.Line, e.Error.Contains("missing.txt"))));
    }

    [Fact]
    public void Manifest_without_file_column_is_an_error_and_articles_still_load()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Alpha.");
        dir.Write("articles.csv", "name,outlet\na.txt,X\n");
        var items = ArticleSource.Read(dir.Path).ToList();
        Assert.Single(items, i => i.Article?.Id == "a");
        Assert.Single(items, i => i.Error?.Error.Contains("no 'file' column") == true);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01 }, "binary")]
    public void Unreadable_files_become_errors(byte[] bytes, string reason)
    {
        using var dir = new TempFolder();
        dir.WriteBytes("bad.txt", bytes);
        dir.Write("good.txt", "Good text.");
        var items = ArticleSource.Read(dir.Path).ToList();
        Assert.Contains(items, i => i.Article?.Id == "good");
        var error = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.EndsWith("bad.txt", error.Source);
        Assert.Contains(reason, error.Error);
    }

    public static TheoryData<byte[], string> Encodings() => new()
    {
        { [0xEF, 0xBB, 0xBF, .. "It’s here."u8.ToArray()], "It’s here." },
        { [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("UTF-16 “text”")], "UTF-16 “text”" },
        { [0x49, 0x74, 0x92, 0x73, 0x20, 0x93, 0x6F, 0x6B, 0x94], "It’s “ok”" },          // Windows-1252
        { "Itâ€™s mojibake â€” fixed"u8.ToArray(), "It’s mojibake — fixed" },
        { "Line one\r\nLine two\rLine three"u8.ToArray(), "Line one\nLine two\nLine three" },
        { "Pâté and naïve stay"u8.ToArray(), "Pâté and naïve stay" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_is_decoded_and_repaired(byte[] bytes, string expected)
    {
        using var dir = new TempFolder();
        dir.WriteBytes("x.txt", bytes);
        Assert.Equal(expected, ArticleSource.Articles(dir.Path).Single().Text);
    }

    [Fact]
    public void Html_articles_lose_scripts_and_markup()
    {
        using var dir = new TempFolder();
        dir.Write("page.html", "<html><head><title>T</title><script>alert(1)</script></head><body><p>First &amp; best.</p><script>evil()</script><p>Second.</p></body></html>");
        var a = ArticleSource.Articles(dir.Path).Single();
        Assert.Equal("First & best.\nSecond.", a.Text);
        Assert.Equal("T", a.Title);
    }

    public static TheoryData<byte[], string> JsonLinesEncodings() => new()
    {
        { [0xEF, 0xBB, 0xBF, .. """{"id":"a","text":"It’s here."}"""u8.ToArray()], "It’s here." },
        { [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("""{"id":"a","text":"UTF-16 “text”"}""" + "\r\n")], "UTF-16 “text”" },
        { [.. """{"id":"a","text":"It"""u8, 0x92, .. """s ok"}"""u8], "It’s ok" },                    // a Windows-1252 line
        { [.. "  \u00A0 \r\n"u8, .. """ {"id":"a","text":"after a blank line"}"""u8], "after a blank line" }, // no-break space
        { """{"id":"a","text":"Itâ€™s fixed"}"""u8.ToArray(), "It’s fixed" },
    };

    [Theory]
    [MemberData(nameof(JsonLinesEncodings))]
    public void Json_lines_are_decoded_and_repaired(byte[] bytes, string expected)
    {
        using var dir = new TempFolder();
        var item = ArticleSource.Read(dir.WriteBytes("c.jsonl", bytes)).Single();
        Assert.Equal(expected, item.Article!.Text);
    }

    [Fact]
    public void Json_lines_corpus_reports_bad_lines_and_keeps_good_ones()
    {
        using var dir = new TempFolder();
        var path = dir.Write("c.jsonl", string.Join("\n",
            """{"id":"a","text":"Alpha.","outlet":"O","published":"2023-10-18T14:03:00Z","title":"T"}""",
            """{"id":"b","text":"Beta.""",
            """{"id":"c"}""",
            """{"id":"d","text":42}""",
            "",
            """{"id":7,"text":"Seven.","date":"2024-01-31"}""",
            """{"id":"a","text":"Again."}""",
            """{"id":"e","text":"Bad date.","published":"yesterday"}"""));
        var items = ArticleSource.Read(path).ToList();
        var articles = items.Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        Assert.Equal(["a", "7", "e"], articles.Select(a => a.Id));
        Assert.Equal(new DateOnly(2023, 10, 18), articles[0].Published);
        Assert.Equal(new DateOnly(2024, 1, 31), articles[1].Published);
        Assert.Equal(6, articles[1].Line);
        var errors = items.Where(i => i.Error is not null).Select(i => (i.Error!.Line, i.Error.Error)).ToList();
        Assert.Equal([2, 3, 4, 7, 8], errors.Select(e => e.Line));
        Assert.Contains("broken JSON", errors[0].Error);
        Assert.Contains("no 'text'", errors[1].Error);
        Assert.Contains("should be a string", errors[2].Error);
        Assert.Contains("duplicate article id", errors[3].Error);
        Assert.Contains("bad published date", errors[4].Error);
    }

    // Each line is read by the fast field reader or, when it cannot read it, by the document parser: the result is
    // the same as the document parser's, field for field, error for error.
    [Theory]
    [InlineData("""{"id":"a","text":"x","id":"b"}""", "b|x|", "")]                  // a repeated field: the last wins
    [InlineData("""{"id":"a","text":"x","outlet":null}""", "a|x|", "")]              // null: no field
    [InlineData("""{"id":"a","outlet":"O","outlet":null,"text":"x"}""", "a|x|", "")] // … also after a value
    [InlineData("""{"id":12.50,"text":"x"}""", "12.50|x|", "")]                     // a number id as written
    [InlineData("""{"id":"a","text":"x","meta":{"tags":[1,{"b":2}]},"n":3}""", "a|x|", "")] // other fields skipped
    [InlineData("""{"id":"a","text":"Caf\u00e9 \"quoted\""}""", "a|Café \"quoted\"|", "")] // escapes
    [InlineData("""{"\u0069d":"a","text":"x"}""", "a|x|", "")]                        // an escaped field name
    [InlineData("""{"id":"a","outlet":5,"outlet":"O","text":"x"}""", "a|x|O", "")]   // a bad value overwritten
    [InlineData("""{"id":"a","text":["x"]}""", "", "field 'text' should be a string, not array")]
    [InlineData("""{"id":"a","text":true}""", "", "field 'text' should be a string, not true")]
    [InlineData("""{"id":"a","outlet":{},"text":"x"}""", "", "field 'outlet' should be a string, not object")]
    [InlineData("""["id","a"]""", "", "line is not a JSON object")]
    [InlineData("""{"id":"a","text":"x"} trailing""", "", "broken JSON")]
    [InlineData("""{"id":"a","text":"x",}""", "", "broken JSON")]
    [InlineData("""{"id":"a" "text":"x"}""", "", "broken JSON")]
    public void Json_lines_fields_read_as_the_document_parser_reads_them(string line, string expected, string error)
    {
        using var dir = new TempFolder();
        var item = ArticleSource.Read(dir.Write("c.jsonl", line)).Single();
        if (error.Length > 0)
        {
            Assert.Null(item.Article);
            Assert.StartsWith(error, item.Error!.Error);
            return;
        }
        var a = item.Article!;
        Assert.Equal(expected, $"{a.Id}|{a.Text}|{a.Outlet}");
    }

    [Fact]
    public void Csv_corpus_handles_embedded_newlines_and_quotes()
    {
        using var dir = new TempFolder();
        var path = dir.Write("c.csv",
            "id,text,outlet,date\n" +
            "a,\"Line one,\nline two \"\"quoted\"\".\",O,2023-10-18\n" +
            "b,\"Short\"\n" +
            "c,Plain text.,P,2023-10-19\n");
        var items = ArticleSource.Read(path).ToList();
        var a = items.First(i => i.Article?.Id == "a").Article!;
        Assert.Equal("Line one,\nline two \"quoted\".", a.Text);
        Assert.Equal(2, a.Line);
        var error = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.Equal(4, error.Line);
        Assert.Equal(5, items.Single(i => i.Article?.Id == "c").Article!.Line);
    }

    [Theory]
    [InlineData("2023-10-18", 2023, 10, 18)]
    [InlineData("2023-10-18T23:59:00-05:00", 2023, 10, 18)]
    [InlineData("2023-10-18 14:03:00", 2023, 10, 18)]
    public void Publication_dates_parse(string raw, int y, int m, int d)
    {
        Assert.True(PublicationDate.TryParse(raw, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("18/10/2023")]
    [InlineData("yesterday")]
    [InlineData("2023-13-01")]
    public void Bad_publication_dates_are_rejected(string raw) => Assert.False(PublicationDate.TryParse(raw, out _));
}
