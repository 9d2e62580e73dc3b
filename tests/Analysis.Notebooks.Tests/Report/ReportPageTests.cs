using System.Text.RegularExpressions;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>
/// Each notebook page of the seed report opened in headless chromium: plotly draws every chart (its SVG is there,
/// one bar path per bar and one marker per point of the notebook's figure JSON) and nothing logs an error.
/// </summary>
[Collection(ReportCollection.Name)]
public sealed partial class ReportPageTests(ReportFixture report)
{
    public static TheoryData<string> Notebooks() => new(ReportFixture.NotebookNames);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Page_loads_plotly_without_console_errors(string name)
    {
        var probe = report.Probe(name);
        Assert.True(probe.PlotlyLoaded, $"{name}.html: plotly.js is not defined");
        Assert.Empty(probe.Errors);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_chart_of_the_notebook_is_drawn_with_plotlys_svg(string name)
    {
        var probe = report.Probe(name);
        Assert.Equal(report.Figures(name).Count, probe.Charts.Length);
        Assert.All(probe.Charts, chart => Assert.True(chart.MainSvg >= 1, $"{name}.html #{chart.Id}: no .main-svg"));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Bars_points_and_heatmaps_drawn_equal_the_figure_data(string name)
    {
        var figures = report.Figures(name);
        var charts = report.Probe(name).Charts;
        Assert.Equal(figures.Count, charts.Length);
        for (var i = 0; i < figures.Count; i++)
        {
            var expected = PlotlyCounts.Expected(figures[i]);
            var drawn = new PlotlyCounts(charts[i].Bars, charts[i].Points, charts[i].Heatmaps);
            Assert.True(expected == drawn, $"{name}.html #{charts[i].Id}: figure data {expected}, drawn {drawn}");
            Assert.True(expected.Bars + expected.Points + expected.Heatmaps > 0, $"{name}.html #{charts[i].Id}: an empty chart");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Page_is_self_contained(string name)
    {
        var html = File.ReadAllText(report.Layout.Page(name));
        // Offline: plotly.js is inlined and no tag outside inline scripts fetches from a CDN or another host.
        Assert.DoesNotMatch(ScriptWithSource(), html);
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalSource(), InlineScript().Replace(html, "<script></script>"));
        Assert.DoesNotContain(report.Root, html, StringComparison.Ordinal);
    }

    [Theory]
    // Negative cases for the expectation itself: what plotly must not draw.
    [InlineData("""{"data":[{"type":"bar","x":["a","b","c"],"y":[1,null,3]}],"layout":{}}""", 2, 0, 0)]
    [InlineData("""{"data":[{"type":"scatter","mode":"lines","x":[1,2],"y":[1,2]}],"layout":{}}""", 0, 0, 0)]
    [InlineData("""{"data":[{"type":"scatter","mode":"markers","x":[1,2,3],"y":[0,5,null]}],"layout":{"yaxis":{"type":"log"}}}""", 0, 1, 0)]
    [InlineData("""{"data":[{"type":"scatter","mode":"markers","x":[1,2],"y":[1,2],"visible":false},{"type":"heatmap","z":[[1]]}],"layout":{}}""", 0, 0, 1)]
    public void Expected_counts_leave_out_what_plotly_does_not_draw(string figure, int bars, int points, int heatmaps)
    {
        Assert.Equal(new PlotlyCounts(bars, points, heatmaps), PlotlyCounts.Expected(figure));
    }

    [GeneratedRegex("<script[^>]*\\ssrc\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptWithSource();

    [GeneratedRegex("<script>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalSource();
}
