namespace Analysis.Frames.Tests;

public sealed class PresentationTests
{
    private static DataFrame Preview() => DataFrame.FromColumns(
        DataColumn.Create<string>("person", ["Joe Biden", "<script>alert('x')</script>", null, "a\nb"]),
        DataColumn.Create<long>("count", [12, 3, null, 1]),
        DataColumn.Create<double>("share", [0.5, 1.0 / 3, 2e-7, 12345.5]),
        DataColumn.Create<DateOnly>("day", [new DateOnly(2024, 1, 5), null, new DateOnly(2024, 1, 6), new DateOnly(2024, 1, 7)]));

    [Fact]
    public void TextPreviewSnapshot()
    {
        Snapshot.Match("preview.txt", Preview().ToString());
    }

    [Fact]
    public void TextPreviewCountsHiddenRows()
    {
        var text = Preview().ToString(2);

        Assert.StartsWith("4 rows × 4 columns\n", text);
        Assert.EndsWith("… 2 more rows\n", text);
        Assert.Equal("1 row × 1 column\n   x\nlong\n----\n   1\n", DataFrame.FromColumns(DataColumn.Create<long>("x", [1])).ToString());
    }

    [Fact]
    public void EmptyFramesPreview()
    {
        Assert.Equal("0 rows × 0 columns\n", DataFrame.Empty.ToString());
        Assert.EndsWith("(no rows)\n", Preview().Head(0).ToString());
        Assert.Contains("0 rows × 4 columns", Preview().Head(0).ToHtml());
    }

    [Fact]
    public void HtmlSnapshot()
    {
        Snapshot.Match("preview.html", Preview().ToHtml());
    }

    [Fact]
    public void HtmlEscapesCellsAndNames()
    {
        var frame = Preview().Rename("person", "<b>who</b>");

        var html = frame.ToHtml();

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("&lt;b&gt;who&lt;/b&gt;", html);
        Assert.StartsWith("<style>", html);
        Assert.Contains("<table class=\"analysis-frame\">", html);
    }

    [Fact]
    public void HtmlCaptionShowsShapeAndTruncation()
    {
        var html = Preview().ToHtml(maxRows: 1);

        Assert.Contains("<caption>4 rows × 4 columns (first 1 shown)</caption>", html);
        Assert.Equal(1, html.Split("<tr><th class=\"row\">").Length - 1);
    }
}
