namespace Analysis.Charts.Tests;

public sealed class StylingTests
{
    private static Chart Base() => Chart.Bar(new[] { "a", "b", "c" }, new[] { 1, 2, 3 });

    public static TheoryData<string, string> Cases() => new()
    {
        { "title", "\"title\":{\"text\":\"Mentions\"}" },
        { "xtitle", "\"xaxis\":{\"title\":{\"text\":\"person\"}" },
        { "ytitle", "\"yaxis\":{\"title\":{\"text\":\"count\"}" },
        { "size", "\"width\":640,\"height\":360" },
        { "color", "\"marker\":{\"color\":\"red\"}" },
        { "pointcolors", "\"marker\":{\"color\":[\"red\",\"green\",\"blue\"]}" },
        { "colors", "\"colorway\":[\"#111\",\"#222\"]" },
        { "hover", "\"hovertemplate\":\"%{x}<extra></extra>\"" },
        { "legend-off", "\"showlegend\":false" },
        { "legend-top", "\"legend\":{\"orientation\":\"h\",\"x\":0,\"y\":1.02,\"xanchor\":\"left\",\"yanchor\":\"bottom\"}" },
        { "barmode", "\"barmode\":\"relative\"" },
        { "symbol", "\"symbol\":\"diamond\"" },
        { "symbols", "\"symbol\":[\"circle\",\"x\",\"square\"]" },
        { "size-marker", "\"size\":14" },
        { "opacity", "\"opacity\":[1,0.5,0.25]" },
        { "patterns", "\"pattern\":{\"shape\":[\"\",\"/\",\"x\"],\"fillmode\":\"overlay\"}" },
        { "text", "\"text\":[\"one\",\"two\",\"three\"]" },
        { "reversed", "\"autorange\":\"reversed\"" },
        { "log", "\"type\":\"log\"" },
        { "tickformat", "\"tickformat\":\"%b %Y\"" },
        { "errors", "\"error_y\":{\"type\":\"data\",\"array\":[1,2,3],\"visible\":true}" },
        { "static", "\"staticPlot\":true" },
        { "name", "\"name\":\"mentions\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void With_methods_write_plotly_attributes(string method, string expectedJson)
    {
        var chart = method switch
        {
            "title" => Base().WithTitle("Mentions"),
            "xtitle" => Base().WithXAxisTitle("person"),
            "ytitle" => Base().WithYAxisTitle("count"),
            "size" => Base().WithSize(640, 360),
            "color" => Base().WithColor("red"),
            "pointcolors" => Base().WithPointColors(["red", "green", "blue"]),
            "colors" => Base().WithColors("#111", "#222"),
            "hover" => Base().WithHoverTemplate("%{x}<extra></extra>"),
            "legend-off" => Base().WithLegend(false),
            "legend-top" => Base().WithLegendOnTop(),
            "barmode" => Base().WithBarMode(BarMode.Relative),
            "symbol" => Base().WithMarkerSymbol("diamond"),
            "symbols" => Base().WithMarkerSymbols(["circle", "x", "square"]),
            "size-marker" => Base().WithMarkerSize(14),
            "opacity" => Base().WithPointOpacity([1, 0.5, 0.25]),
            "patterns" => Base().WithBarPatterns(["", "/", "x"]),
            "text" => Base().WithText(["one", "two", "three"]),
            "reversed" => Base().WithYAxisReversed(),
            "log" => Base().WithYAxisType(AxisType.Log),
            "tickformat" => Base().WithXAxisTickFormat("%b %Y"),
            "errors" => Base().WithErrorY(new ErrorBars { Array = PlotArray.From(new[] { 1, 2, 3 }) }),
            "static" => Base().AsStatic(),
            "name" => Base().WithName("mentions"),
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };
        Assert.Contains(expectedJson, chart.ToJson());
        Assert.DoesNotContain(expectedJson, Base().ToJson());
    }

    [Fact]
    public void With_methods_do_not_change_the_original()
    {
        var original = Base();
        var before = original.ToJson();
        _ = original.WithTitle("x").WithColor("red").WithSize(10, 10);
        Assert.Equal(before, original.ToJson());
    }

    [Fact]
    public void Color_also_colours_scatter_lines()
    {
        var chart = Chart.Line(new[] { 1, 2 }, new[] { 1, 2 }).WithColor("red");
        Assert.Contains("\"line\":{\"color\":\"red\"}", chart.ToJson());
    }

    public static TheoryData<string> PerPointMismatches() => ["pointcolors", "symbols", "opacity", "patterns", "text"];

    [Theory]
    [MemberData(nameof(PerPointMismatches))]
    public void Per_point_styling_with_the_wrong_count_is_rejected(string method)
    {
        var error = Assert.Throws<ArgumentException>(() => method switch
        {
            "pointcolors" => Base().WithPointColors(["red"]),
            "symbols" => Base().WithMarkerSymbols(["x", "x"]),
            "opacity" => Base().WithPointOpacity([1]),
            "patterns" => Base().WithBarPatterns(["/"]),
            _ => Base().WithText(["a", "b", "c", "d"]),
        });
        Assert.Contains("trace 0", error.Message);
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Base().WithSize(0, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => Base().WithMarkerSize(-1));
        Assert.Throws<ArgumentException>(() => Base().WithColors());
        Assert.Throws<ArgumentException>(() => Base().WithPointOpacity([1.5, 0, 0]));
        Assert.Throws<InvalidOperationException>(() => SampleCharts.Grouped().WithName("x"));
        Assert.Throws<InvalidOperationException>(() => SampleCharts.Heatmap().WithErrorX(new ErrorBars()));
        Assert.Throws<ArgumentOutOfRangeException>(() => Base().WithTrace(1, t => t));
    }

    [Fact]
    public void Marker_styling_leaves_heatmaps_unchanged()
    {
        var heatmap = SampleCharts.Heatmap();
        Assert.Equal(heatmap.ToJson(), heatmap.WithColor("red").ToJson());
        Assert.DoesNotContain("marker", heatmap.WithMarkerSymbol("x").ToJson());
    }
}
