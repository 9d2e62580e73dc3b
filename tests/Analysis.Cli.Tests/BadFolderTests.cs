using System.Text;

namespace Analysis.Cli.Tests;

/// <summary>
/// <c>analysis extract</c> over a folder holding every kind of bad file beside the seeds: each bad
/// input gives an errors.csv row or is repaired, the run goes on, and the tables of the good
/// articles are byte-identical to a run over a clean copy of the good articles alone.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class BadFolderTests
{
    private const string Windows1252Text = "Officials said “at least 12 people were killed” on Tuesday, according to the ministry. It’s the third strike this week.";
    private const string Utf16Text = "The Pentagon said about 2,000 troops were placed on heightened alert on Monday, Oct. 16.";
    private const string MojibakeFixed = "It’s not clear how many were hurt — at least 30 people were wounded, Gen. Sam Carter said.";
    private const string Html =
        "<html><head><title>Strike</title><script>alert(1)</script></head><body>" +
        "<p>Mr. John Smith said &quot;no troops will be sent&quot; on Friday.</p><script>document.title='pwned'</script>" +
        "<p>More than 40 people were killed.</p><style>p{}</style></body></html>";

    private static readonly string[] SeedFiles = Directory.GetFiles(Cli.Seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static string SeedManifestRows() =>
        string.Concat(File.ReadAllLines(Path.Combine(Cli.Seeds, "articles.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l + "\n"));

    private static void WriteGoodArticles(TempDir dir, string folder, bool damaged)
    {
        foreach (var seed in SeedFiles) File.Copy(Path.Combine(Cli.Seeds, seed), Path.Combine(dir.Folder(folder), seed));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252);
        var mojibake = cp1252.GetString(Encoding.UTF8.GetBytes(MojibakeFixed));
        Assert.Contains("â€™", mojibake);
        dir.WriteBytes($"{folder}/w1252.txt", damaged ? cp1252.GetBytes(Windows1252Text) : Encoding.UTF8.GetBytes(Windows1252Text));
        dir.WriteBytes($"{folder}/utf16.txt", damaged ? [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Utf16Text)] : Encoding.UTF8.GetBytes(Utf16Text));
        dir.Write($"{folder}/mojibake.txt", damaged ? mojibake : MojibakeFixed);
        dir.Write($"{folder}/crlf.txt", damaged
            ? "WASHINGTON, Oct 17 (Reuters) -\r\nAbout 300 soldiers were sent to the border.\r\n\r\nThe army said so."
            : "WASHINGTON, Oct 17 (Reuters) -\nAbout 300 soldiers were sent to the border.\n\nThe army said so.");
        dir.Write($"{folder}/cr.txt", damaged
            ? "Dozens of people were wounded.\r\rAt least 7 were killed, the ministry said.\r"
            : "Dozens of people were wounded.\n\nAt least 7 were killed, the ministry said.\n");
        dir.Write($"{folder}/page.html", Html);
        dir.Write($"{folder}/zdup.md", "The markdown copy: 25 people were missing.");
    }

    [Fact]
    public void Every_bad_file_is_an_error_row_or_repaired_and_good_articles_keep_all_their_rows()
    {
        using var dir = new TempDir();
        WriteGoodArticles(dir, "good", damaged: false);
        dir.Write("good/articles.csv", "file,outlet,published,url,title\n" + SeedManifestRows() +
            "w1252.txt,Outlet W,,,\n" +
            "crlf.txt,Outlet C,,,\n");

        WriteGoodArticles(dir, "bad", damaged: true);
        dir.Write("bad/articles.csv", "file,outlet,published,url,title\n" + SeedManifestRows() +
            "w1252.txt,Outlet W,18/10/2023,,\n" +                 // line 6: bad date, article kept without one
            "crlf.txt,Outlet C\n" +                               // line 7: missing columns, read as empty
            $"{SeedFiles[0]},Another outlet,2020-01-01,,\n" +     // line 8: duplicate row, the first wins
            "missing.txt,Nowhere,2023-01-01,,\n");                // line 9: names a file that is not there
        dir.WriteBytes("bad/empty.txt", []);
        dir.WriteBytes("bad/binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        dir.Write("bad/blank.md", "  \n\t\n");
        dir.Write("bad/scripts-only.html", "<html><body><script>alert(1)</script></body></html>");
        dir.Write("bad/zdup.txt", "Same id as zdup.md, which sorts first and is kept.");
        dir.Write("bad/notes.json", "{\"not\": \"an article\"}");   // not an article extension: ignored

        var good = Cli.Run("extract", dir["good"], "--out", dir["good-out"], "--threads", "2");
        var bad = Cli.Run("extract", dir["bad"], "--out", dir["bad-out"], "--threads", "2");

        Assert.Equal(Program.Success, good.ExitCode);
        Assert.Equal(Program.Partial, bad.ExitCode);
        var summary = Assert.Single(bad.OutLines);
        Assert.Contains("extracted 11 articles", summary);
        Assert.Contains("skipped 9 input(s), see errors.csv", summary);

        Assert.Empty(Tables.Errors(dir["good-out"]));
        var errors = Tables.Errors(dir["bad-out"]);
        (string File, int Line, string Reason)[] expected =
        [
            ("articles.csv", 6, "bad published date '18/10/2023'"),
            ("articles.csv", 7, "has 2 fields, the header has 5"),
            ("articles.csv", 8, "duplicate manifest row"),
            ("articles.csv", 9, "'missing.txt', which is not in the folder"),
            ("binary.txt", 0, "binary file"),
            ("blank.md", 0, "no text"),
            ("empty.txt", 0, "empty file"),
            ("scripts-only.html", 0, "no text"),
            ("zdup.txt", 0, "duplicate article id 'zdup'"),
        ];
        Assert.Equal(expected.Select(e => (e.File, e.Line)), errors.Select(e => (e.File, e.Line)));
        foreach (var (want, got) in expected.Zip(errors)) Assert.Contains(want.Reason, got.Reason);

        // The good articles' rows are all there, and exactly as a clean run gives them.
        Assert.Equal(11, Tables.Rows(Path.Combine(dir["good-out"], "articles.csv")).Count);
        foreach (var table in Tables.Data)
            Assert.Equal(File.ReadAllText(Path.Combine(dir["good-out"], table)), File.ReadAllText(Path.Combine(dir["bad-out"], table)));
        Assert.True(Tables.Rows(Path.Combine(dir["bad-out"], "figures.csv")).Count > 10);
    }

    [Fact]
    public void Repaired_text_reaches_the_tables_without_markup_or_mojibake()
    {
        using var dir = new TempDir();
        WriteGoodArticles(dir, "in", damaged: true);
        var run = Cli.Run("extract", dir["in"], "--out", dir["out"], "--threads", "1");
        Assert.Equal(Program.Success, run.ExitCode);
        var all = string.Concat(Tables.Data.Select(t => File.ReadAllText(Path.Combine(dir["out"], t))));
        Assert.DoesNotContain("â€", all);
        Assert.DoesNotContain("<script", all);
        Assert.DoesNotContain("pwned", all);
        Assert.DoesNotContain("\r", all.Replace("\r\n", "\n"));
        var quotes = Tables.Rows(Path.Combine(dir["out"], "quotes.csv"));
        Assert.Contains(quotes, q => q[0] == "page" && q[2] == "no troops will be sent");
        var figures = Tables.Rows(Path.Combine(dir["out"], "figures.csv"));
        Assert.Contains(figures, f => f[0] == "w1252" && f[3] == "12");
        Assert.Contains(figures, f => f[0] == "utf16" && f[3] == "2000");
        Assert.Contains(figures, f => f[0] == "mojibake" && f[3] == "30");
    }
}
