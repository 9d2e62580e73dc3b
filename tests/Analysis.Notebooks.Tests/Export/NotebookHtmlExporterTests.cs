using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Export;
using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Tests.Export;

public sealed class NotebookHtmlExporterTests
{
    private const string Figure = "{\"data\":[{\"type\":\"bar\",\"x\":[\"</script><script>alert(1)</script>\"],\"y\":[1]}],\"layout\":{}}";

    [Fact]
    public void Markdown_is_rendered_with_raw_html_and_script_links_disabled()
    {
        var notebook = NotebookBuilder.Create()
            .Markdown("# Quotes\n\nHe said <script>alert('x')</script> and [click](javascript:alert(1)) or [ok](https://example.org).")
            .Build();

        var html = NotebookHtmlExporter.Export(notebook);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org\">ok</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Quotes</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Quotes</title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVa\tScRiPt:alert(1)", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("https://example.org/a?b=c", true)]
    [InlineData("mailto:desk@example.org", true)]
    [InlineData("../charts/fig.png", true)]
    [InlineData("#section", true)]
    [InlineData("page:1", false)]
    public void Link_safety(string url, bool safe) => Assert.Equal(safe, SafeMarkdown.IsSafeUrl(url, isImage: false));

    [Fact]
    public void Code_streams_results_and_errors_are_escaped()
    {
        var cell = NotebookCell.Code("var s = \"<b>\";") with
        {
            ExecutionCount = 3,
            Outputs =
            [
                new StreamOutput("stdout", "<i>out</i>\n"),
                new StreamOutput("stderr", "warn & more\n"),
                new ExecuteResultOutput(MimeBundle.PlainText("<tag>")),
                new ErrorOutput("Ex<1>", "bad <value>", ["\u001b[31mCell 3: red\u001b[0m <trace>"]),
            ],
        };

        var html = NotebookHtmlExporter.Export(NotebookBuilder.Create().Cell(cell).Build());

        Assert.Contains("In [3]:", html, StringComparison.Ordinal);
        Assert.Contains("var s = &quot;&lt;b&gt;&quot;;", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"stream stdout\">&lt;i&gt;out&lt;/i&gt;\n</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"stream stderr\">warn &amp; more\n</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"result\">&lt;tag&gt;</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"error\"><strong>Ex&lt;1&gt;: bad &lt;value&gt;</strong>\nCell 3: red &lt;trace&gt;</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_outputs_are_inserted_and_code_can_be_hidden()
    {
        var cell = NotebookCell.Code("HTML(\"<p>x</p>\")") with { Outputs = [new ExecuteResultOutput(MimeBundle.Of(("text/html", "<p class=\"mine\">x</p>")))] };

        var html = NotebookHtmlExporter.Export(NotebookBuilder.Create().Cell(cell).Build(), new HtmlExportOptions().WithoutCode().WithTitle("Report"));

        Assert.Contains("<p class=\"mine\">x</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("HTML(", html, StringComparison.Ordinal);
        Assert.Contains("<title>Report</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plotly_is_inlined_once_for_many_charts_and_figure_text_cannot_close_the_script()
    {
        var chart = new DisplayDataOutput(MimeBundle.Of(("application/vnd.plotly.v1+json", Figure), ("text/html", "<div>chart-html-fallback-marker</div>"), ("text/plain", "Chart")));
        var notebook = NotebookBuilder.Create()
            .Cell(NotebookCell.Code("a") with { Outputs = [chart] })
            .Cell(NotebookCell.Code("b") with { Outputs = [chart] })
            .Build();

        var html = NotebookHtmlExporter.Export(notebook);

        Assert.Equal(1, Occurrences(html, Analysis.Charts.PlotlyJs.ReadScript()[..200]));
        Assert.Equal(2, Occurrences(html, "class=\"analysis-chart\""));
        Assert.Contains("id=\"nb-chart-1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"nb-chart-2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-html-fallback-marker", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</script><script>alert", html, StringComparison.Ordinal);
        Assert.Contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)", html, StringComparison.Ordinal);
        Assert.Equal(Occurrences(html, "<script"), Occurrences(html, "</script>"));
        Assert.Equal(3, Occurrences(html, "<script")); // the library once + one call per chart
    }

    [Fact]
    public void Page_without_charts_has_no_scripts_and_export_is_deterministic()
    {
        var notebook = IpynbFormatTestsSample();

        var first = NotebookHtmlExporter.Export(notebook with { Cells = notebook.Cells.Take(1).ToList() });
        var second = NotebookHtmlExporter.Export(notebook with { Cells = notebook.Cells.Take(1).ToList() });

        Assert.Equal(first, second);
        Assert.DoesNotContain("<script", first, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", first, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iVBORw0KGgo=", true)]
    [InlineData("\"><script>alert(1)</script>", false)]
    public void Images_are_embedded_only_when_valid_base64(string content, bool embedded)
    {
        var cell = NotebookCell.Code("img") with { Outputs = [new DisplayDataOutput(MimeBundle.Of(("image/png", content)))] };

        var html = NotebookHtmlExporter.Export(NotebookBuilder.Create().Cell(cell).Build());

        Assert.Equal(embedded, html.Contains("<img alt=\"output\" src=\"data:image/png;base64," + content + "\">", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    private static Notebook IpynbFormatTestsSample() => Formats.IpynbFormatTests.SampleNotebook();

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
