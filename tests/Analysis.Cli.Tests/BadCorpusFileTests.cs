using System.Text;
using System.Text.Json;

namespace Analysis.Cli.Tests;

/// <summary>
/// <c>analysis extract</c> over JSON Lines and CSV corpora with broken records mixed in: each broken
/// record is an errors.csv row naming its line, and the good records' rows are byte-identical to a
/// run over the good records alone.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class BadCorpusFileTests
{
    private static readonly (string Id, string Text, string Outlet, string Published)[] Seeds =
        File.ReadAllLines(Path.Combine(Cli.Seeds, "articles.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(f => (Path.GetFileNameWithoutExtension(f[0]), File.ReadAllText(Path.Combine(Cli.Seeds, f[0])), f[1], f[2]))
            .ToArray();

    private static string Json(object record) => JsonSerializer.Serialize(record);

    [Fact]
    public void Json_lines_with_broken_records_report_each_line_and_keep_every_good_article()
    {
        using var dir = new TempDir();
        var good = new StringBuilder();
        var bad = new StringBuilder();
        void Both(string line) { good.Append(line).Append('\n'); bad.Append(line).Append('\n'); }
        void BadOnly(string line) => bad.Append(line).Append('\n');

        Both(Json(new { id = Seeds[0].Id, text = Seeds[0].Text, outlet = Seeds[0].Outlet, published = Seeds[0].Published }));
        BadOnly("""{"id":"broken","text":"An unterminated record""");                       // line 2
        BadOnly("""{"id":"notext","title":"Headline only"}""");                              // line 3
        BadOnly("""{"id":"number","text":42}""");                                             // line 4
        BadOnly("""{"id":["a","b"],"text":"Array id."}""");                                 // line 5
        BadOnly("""[1,2,3]""");                                                               // line 6
        Both(Json(new { id = Seeds[1].Id, text = Seeds[1].Text, outlet = Seeds[1].Outlet, published = Seeds[1].Published }));
        BadOnly(Json(new { id = Seeds[0].Id, text = "A second article with the same id." })); // line 8
        BadOnly("""{"id":"blank","text":"  \n  "}""");                                        // line 9
        good.Append(Json(new { id = "baddate", text = "At least 9 people were killed, police said." })).Append('\n');
        BadOnly(Json(new { id = "baddate", text = "At least 9 people were killed, police said.", published = "last Tuesday" })); // line 10
        good.Append(Json(new { id = "crlf", text = "About 500 troops arrived.\n\nThe ministry said so." })).Append('\n');
        BadOnly(Json(new { id = "crlf", text = "About 500 troops arrived.\r\n\r\nThe ministry said so." }));
        Both(Json(new { id = Seeds[2].Id, text = Seeds[2].Text, outlet = Seeds[2].Outlet, published = Seeds[2].Published }));
        Both(Json(new { id = Seeds[3].Id, text = Seeds[3].Text, outlet = Seeds[3].Outlet, published = Seeds[3].Published }));

        dir.Write("good.jsonl", good.ToString());
        // The bad copy also ends without a newline and has Windows-1252 bytes in one record.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252);
        dir.WriteBytes("bad.jsonl", [.. Encoding.UTF8.GetBytes(bad.ToString()), .. cp1252.GetBytes(Json(new { id = "w1252", text = "It’s “over” — at least 14 people were killed." }).Replace("\\u2019", "’").Replace("\\u201C", "“").Replace("\\u201D", "”").Replace("\\u2014", "—"))]);
        File.AppendAllText(dir["good.jsonl"], Json(new { id = "w1252", text = "It’s “over” — at least 14 people were killed." }));

        var goodRun = Cli.Run("extract", dir["good.jsonl"], "--out", dir["good-out"], "-j", "2");
        var badRun = Cli.Run("extract", dir["bad.jsonl"], "--out", dir["bad-out"], "-j", "2");

        Assert.Equal(Program.Success, goodRun.ExitCode);
        Assert.Equal(Program.Partial, badRun.ExitCode);
        var summary = Assert.Single(badRun.OutLines);
        Assert.Contains("extracted 7 articles", summary);
        Assert.Contains("skipped 8 input(s), see errors.csv (first: ", summary);
        Assert.Contains("bad.jsonl:2: broken JSON", summary);

        var errors = Tables.Errors(dir["bad-out"]);
        (int Line, string Reason)[] expected =
        [
            (2, "broken JSON"),
            (3, "record 'notext' has no 'text'"),
            (4, "field 'text' should be a string, not number"),
            (5, "field 'id' should be a string, not array"),
            (6, "line is not a JSON object"),
            (8, $"duplicate article id '{Seeds[0].Id}'"),
            (9, "record 'blank' has empty 'text'"),
            (10, "bad published date 'last Tuesday'"),
        ];
        Assert.All(errors, e => Assert.Equal("bad.jsonl", e.File));
        Assert.Equal(expected.Select(e => e.Line), errors.Select(e => e.Line));
        foreach (var (want, got) in expected.Zip(errors)) Assert.Contains(want.Reason, got.Reason);

        foreach (var table in Tables.Data)
            Assert.Equal(File.ReadAllText(Path.Combine(dir["good-out"], table)), File.ReadAllText(Path.Combine(dir["bad-out"], table)));
        Assert.Contains(Tables.Rows(Path.Combine(dir["bad-out"], "figures.csv")), f => f[0] == "w1252" && f[3] == "14");
    }

    [Fact]
    public void Csv_corpus_keeps_embedded_newlines_and_quotes_and_reports_bad_rows()
    {
        using var dir = new TempDir();
        static string Q(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
        var header = "id,text,outlet,published\r\n";
        var good = new StringBuilder(header);
        var bad = new StringBuilder(header);
        foreach (var s in Seeds)
        {
            var row = $"{s.Id},{Q(s.Text)},{Q(s.Outlet)},{s.Published}\r\n";
            good.Append(row);
            bad.Append(row);
        }
        const string quoted = "The minister said: \"We will not send troops,\" adding that 3,000 were on alert.\nA second paragraph, with a comma.";
        good.Append($"q,{Q(quoted)},O,2023-10-20\r\n");
        bad.Append($"q,{Q(quoted)},O,2023-10-20\r\n");
        bad.Append("short,only two\r\n");                                    // line 12 (seed texts span lines)
        bad.Append($"{Seeds[1].Id},Duplicate id.,O,2023-10-20\r\n");
        bad.Append("noquote,\"never closed,O,2023-10-20\r\nlast,text,O,2023-10-21\r\n");
        dir.Write("good.csv", good.ToString());
        dir.Write("bad.csv", bad.ToString());

        var goodRun = Cli.Run("extract", dir["good.csv"], "--out", dir["good-out"], "-j", "1");
        var badRun = Cli.Run("extract", dir["bad.csv"], "--out", dir["bad-out"], "-j", "1");

        Assert.Equal(Program.Success, goodRun.ExitCode);
        Assert.Equal(Program.Partial, badRun.ExitCode);
        Assert.Contains("skipped 3 input(s)", Assert.Single(badRun.OutLines));
        var errors = Tables.Errors(dir["bad-out"]);
        Assert.Collection(errors,
            e => Assert.Contains("row has 2 fields, the header has 4", e.Reason),
            e => Assert.Contains($"duplicate article id '{Seeds[1].Id}'", e.Reason),
            e => Assert.Contains("malformed CSV, rest of file skipped", e.Reason));
        var lines = File.ReadAllText(dir["bad.csv"]).Split('\n');
        Assert.StartsWith("short,", lines[errors[0].Line - 1]);
        Assert.StartsWith(Seeds[1].Id + ",Duplicate", lines[errors[1].Line - 1]);
        foreach (var table in Tables.Data)
            Assert.Equal(File.ReadAllText(Path.Combine(dir["good-out"], table)), File.ReadAllText(Path.Combine(dir["bad-out"], table)));
        var q = Tables.Rows(Path.Combine(dir["bad-out"], "quotes.csv")).Single(r => r[0] == "q");
        Assert.StartsWith("We will not send troops", q[2]);
    }
}
