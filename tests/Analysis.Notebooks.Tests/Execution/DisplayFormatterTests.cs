using Analysis.Charts;
using Analysis.Frames;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formatting;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class DisplayFormatterTests
{
    [Fact]
    public void Frames_render_as_html_table_and_text()
    {
        var frame = DataFrame.FromColumns(DataColumn.Create<string>("person", ["<Ann>", "Bo"]), DataColumn.Create<long>("mentions", [3L, 1L]));

        var bundle = new DisplayFormatter().Format(frame);

        Assert.Equal(["text/html", "text/plain"], bundle.Keys);
        Assert.Equal(frame.ToHtml(), bundle["text/html"]);
        Assert.Equal(frame.ToString(), bundle["text/plain"]);
        Assert.Contains("&lt;Ann&gt;", bundle["text/html"], StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_render_as_plotly_json_with_plotly_js_inlined_only_in_the_first_fallback()
    {
        var formatter = new DisplayFormatter();
        var chart = Chart.Bar(["a", "b"], [1, 2]);

        var first = formatter.Format(chart);
        var second = formatter.Format(chart);

        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], first.Keys);
        Assert.Equal(chart.ToJson(), first["application/vnd.plotly.v1+json"]);
        Assert.Equal(chart.ToHtmlFragment("analysis-chart-1", includePlotlyJs: true), first["text/html"]);
        Assert.Equal(chart.ToHtmlFragment("analysis-chart-2", includePlotlyJs: false), second["text/html"]);
        Assert.Equal("Chart: bar, 1 trace", first["text/plain"]);
    }

    [Fact]
    public async Task Engine_displays_frames_and_charts_without_usings()
    {
        using var engine = new ScriptEngine();

        var result = await engine.ExecuteAsync("display(DataFrame.FromColumns(DataColumn.Create<long>(\"n\", new long?[] { 1, 2 })));\nChart.Bar(new[] { \"x\" }, new[] { 1 })");

        Assert.True(result.Success, result.Error?.EValue);
        var display = Assert.IsType<DisplayDataOutput>(result.Outputs[0]);
        Assert.Contains("analysis-frame", display.Data["text/html"], StringComparison.Ordinal);
        var chart = Assert.IsType<ExecuteResultOutput>(result.Outputs[1]);
        Assert.True(chart.Data.ContainsKey(MimeBundle.Plotly));
    }

    [Theory]
    [InlineData(null, "<null>")]
    [InlineData(3.25, "3.25")]
    [InlineData("plain", "plain")]
    public void Plain_values_render_as_text(object? value, string expected) =>
        Assert.Equal(MimeBundle.PlainText(expected), new DisplayFormatter().Format(value));

    [Fact]
    public void Long_collections_are_truncated_and_nested_ones_shown()
    {
        Assert.Equal("[[1, 2], [3]]", DisplayFormatter.PlainText(new[] { new[] { 1, 2 }, new[] { 3 } }));
        Assert.EndsWith(", 19, …]", DisplayFormatter.PlainText(Enumerable.Range(0, 100).ToList()), StringComparison.Ordinal);
    }
}
