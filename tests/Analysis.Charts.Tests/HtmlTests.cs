using System.Text.Json;
using System.Text.RegularExpressions;

namespace Analysis.Charts.Tests;

public sealed partial class HtmlTests
{
    private const string Attack = "</script><script>alert(1)</script><!--";

    private static Chart Hostile() => Chart.Bar(new[] { Attack, "b&c" }, new[] { 1, 2 })
        .WithTitle("Breaking </SCRIPT> news \u2028 & more")
        .WithHoverTemplate("%{x}</script>");

    [Fact]
    public void Fragment_escapes_article_text_so_it_cannot_close_the_script()
    {
        var html = Hostile().ToHtmlFragment("chart-1", includePlotlyJs: false);
        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<!--", html);
        Assert.DoesNotContain("\u2028", html);
    }

    [Fact]
    public void Escaped_json_still_means_the_same_figure()
    {
        var chart = Hostile();
        var html = chart.ToHtmlFragment("c", includePlotlyJs: false);
        var json = FigureLiteral().Match(html).Groups[1].Value;
        using var embedded = JsonDocument.Parse(json);
        using var original = JsonDocument.Parse(chart.ToJson());
        Assert.Equal(Snapshot.Indent(chart.ToJson()), Snapshot.Indent(json));
        Assert.Equal(Attack, embedded.RootElement.GetProperty("data")[0].GetProperty("x")[0].GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1chart")]
    [InlineData("a\"b")]
    [InlineData("a b")]
    [InlineData("a<b")]
    public void Unsafe_div_ids_are_rejected(string divId)
    {
        var error = Assert.Throws<ArgumentException>(() => SampleCharts.Bar().ToHtmlFragment(divId, false));
        Assert.Contains("id", error.Message);
    }

    [Fact]
    public void Fragment_without_plotly_is_small_and_calls_newPlot_on_its_div()
    {
        var html = SampleCharts.Bar().ToHtmlFragment("mentions-chart", includePlotlyJs: false);
        Assert.StartsWith("<div id=\"mentions-chart\"", html);
        Assert.Contains("Plotly.newPlot(document.getElementById(\"mentions-chart\")", html);
        Assert.True(html.Length < 5000, $"fragment is {html.Length} chars");
    }

    [Fact]
    public void Fragment_with_plotly_inlines_the_library_behind_a_guard()
    {
        var html = SampleCharts.Bar().ToHtmlFragment("c", includePlotlyJs: true);
        Assert.StartsWith("<script>if(typeof window.Plotly===\"undefined\"){", html);
        Assert.Contains("plotly.js v4.1.2", html);
    }

    [Fact]
    public void Page_is_offline_and_titled()
    {
        var html = Hostile().ToHtmlPage();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<title>Breaking &lt;/SCRIPT&gt; news \u2028 &amp; more</title>", html);
        Assert.Contains("plotly.js v4.1.2", html);
        Assert.DoesNotMatch("<script[^>]+src=", html);
        Assert.DoesNotMatch("<(script|link)[^>]+(src|href)=\"?https?:", html);
        Assert.Contains("<title>Own</title>", SampleCharts.Bar().ToHtmlPage("Own"));
    }

    [Fact]
    public void Plotly_script_is_located_in_node_modules_and_cached()
    {
        var path = PlotlyJs.Locate();
        Assert.EndsWith(Path.Combine("plotly.js-dist-min", "plotly.min.js"), path);
        Assert.Same(PlotlyJs.ReadScript(), PlotlyJs.ReadScript());
    }

    [GeneratedRegex("var fig=(.*?);Plotly\\.newPlot", RegexOptions.Singleline)]
    private static partial Regex FigureLiteral();
}
