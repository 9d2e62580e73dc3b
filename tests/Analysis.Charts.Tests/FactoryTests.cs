using System.Text.Json;

namespace Analysis.Charts.Tests;

public sealed class FactoryTests
{
    private static JsonElement Root(Chart chart) => JsonDocument.Parse(chart.ToJson()).RootElement;

    [Theory]
    [InlineData("bar", "bar", null)]
    [InlineData("column", "bar", null)]
    [InlineData("horizontal", "bar", "h")]
    [InlineData("scatter", "scatter", null)]
    [InlineData("line", "scatter", null)]
    public void Factories_create_the_right_trace(string factory, string type, string? orientation)
    {
        string[] x = ["a", "b"];
        int[] y = [1, 2];
        var chart = factory switch
        {
            "bar" => Chart.Bar(x, y),
            "column" => Chart.Column(x, y),
            "horizontal" => Chart.HorizontalBar(x, y),
            "scatter" => Chart.Scatter(x, y),
            _ => Chart.Line(x, y),
        };
        var trace = Root(chart).GetProperty("data")[0];
        Assert.Equal(type, trace.GetProperty("type").GetString());
        Assert.Equal(orientation, trace.TryGetProperty("orientation", out var o) ? o.GetString() : null);
    }

    [Theory]
    [InlineData("bar")]
    [InlineData("horizontal")]
    [InlineData("scatter")]
    [InlineData("timeline")]
    public void Length_mismatch_is_rejected_naming_both_lengths(string factory)
    {
        string[] three = ["a", "b", "c"];
        int[] two = [1, 2];
        var error = Assert.Throws<ArgumentException>(() => factory switch
        {
            "bar" => Chart.Bar(three, two),
            "horizontal" => Chart.HorizontalBar(three, two),
            "scatter" => Chart.Scatter(three, two),
            _ => Chart.Timeline(new[] { new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2) }, three),
        });
        Assert.Contains("3", error.Message);
        Assert.Contains("2", error.Message);
    }

    public static TheoryData<Chart, string?> XAxisTypes() => new()
    {
        { Chart.Line(new[] { new DateOnly(2024, 1, 1) }, new[] { 1 }), "date" },
        { Chart.Line(new[] { new DateTime(2024, 1, 1) }, new[] { 1 }), "date" },
        { Chart.Line(new DateOnly?[] { new DateOnly(2024, 1, 1) }, new[] { 1 }), "date" },
        { Chart.Bar(new[] { new DateOnly(2024, 1, 1) }, new[] { 1 }), "date" },
        { Chart.Line(new[] { 1, 2 }, new[] { 1, 2 }), null },
        { Chart.Bar(new[] { "a" }, new[] { 1 }), null },
    };

    [Theory]
    [MemberData(nameof(XAxisTypes))]
    public void Date_x_values_get_a_date_axis(Chart chart, string? expected)
    {
        var axis = Root(chart).GetProperty("layout").GetProperty("xaxis");
        Assert.Equal(expected, axis.TryGetProperty("type", out var t) ? t.GetString() : null);
    }

    [Theory]
    [InlineData(false, "lines")]
    [InlineData(true, "lines+markers")]
    public void Line_mode_follows_show_markers(bool showMarkers, string mode)
    {
        var chart = Chart.Line(new[] { 1, 2 }, new[] { 3, 4 }, showMarkers: showMarkers);
        Assert.Equal(mode, Root(chart).GetProperty("data")[0].GetProperty("mode").GetString());
    }

    [Fact]
    public void Combine_keeps_traces_in_order_and_the_first_layout()
    {
        var chart = Chart.Combine(Chart.Bar(new[] { "a" }, new[] { 1 }, "one").WithTitle("first"),
            Chart.Bar(new[] { "a" }, new[] { 2 }, "two").WithTitle("second"));
        Assert.Equal(["one", "two"], chart.Data.Select(t => t.Name));
        Assert.Equal("first", chart.Layout.Title?.Text);
        Assert.Throws<ArgumentException>(() => Chart.Combine(Array.Empty<Chart>()));
    }

    [Theory]
    [InlineData("grouped", "group")]
    [InlineData("stacked", "stack")]
    public void Multi_series_bars_set_bar_mode(string kind, string mode)
    {
        var chart = kind == "grouped" ? SampleCharts.Grouped() : SampleCharts.Stacked();
        var root = Root(chart);
        Assert.Equal(mode, root.GetProperty("layout").GetProperty("barmode").GetString());
        Assert.Equal(2, root.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public void Timeline_has_a_trace_per_category_in_first_seen_order_on_a_reversed_category_axis()
    {
        var chart = SampleCharts.Timeline();
        Assert.Equal(["3rd Brigade", "Wagner", "Marines"], chart.Data.Select(t => t.Name));
        var brigade = (ScatterTrace)chart.Data[0];
        Assert.Equal(ScatterMode.Markers | ScatterMode.Text, brigade.Mode);
        Assert.Equal(["arrives in Bakhmut", "rotates out"], brigade.Text!.Many!);
        Assert.Equal("Reuters", brigade.CustomData![1][0]);
        Assert.Equal(AutoRange.Reversed, chart.Layout.YAxis!.AutoRange);
        Assert.Equal(AxisType.Date, chart.Layout.XAxis!.Type);
        Assert.Equal(PlotArray.From(new[] { "3rd Brigade", "Wagner", "Marines" }), chart.Layout.YAxis.CategoryArray);
    }

    [Fact]
    public void Timeline_without_labels_draws_markers_only()
    {
        var chart = Chart.Timeline(new[] { new DateOnly(2024, 1, 1) }, ["a"]);
        var trace = (ScatterTrace)chart.Data[0];
        Assert.Equal(ScatterMode.Markers, trace.Mode);
        Assert.Null(trace.Text);
        Assert.DoesNotContain("customdata", trace.HoverTemplate);
    }

    [Theory]
    [InlineData(RangeKind.Exact, "diamond", "", 1100d, 0d)]
    [InlineData(RangeKind.AtLeast, "triangle-right", "/", 1100d, 625d)]
    [InlineData(RangeKind.Between, "line-ns", "", 900d, 600d)]
    [InlineData(RangeKind.AtMost, "triangle-left", "\\", 0d, 800d)]
    [InlineData(RangeKind.Approximate, "circle-open", "", 1000d, 0d)]
    public void Spans_draw_each_kind_distinctly(RangeKind kind, string symbol, string pattern, double expectedBase, double expectedLength)
    {
        var figure = kind switch
        {
            RangeKind.Exact => ValueRange.Exact("f", 1100),
            RangeKind.AtLeast => ValueRange.AtLeast("f", 1100),
            RangeKind.Between => ValueRange.Between("f", 900, 1500),
            RangeKind.AtMost => ValueRange.AtMost("f", 800),
            _ => ValueRange.About("f", 1000),
        };
        // A second, larger figure fixes the open end at 1.15 × 1500.
        var chart = Chart.Spans(figure, ValueRange.Exact("max", 1500));
        var bars = (BarTrace)chart.Data[0];
        var points = (ScatterTrace)chart.Data[1];
        Assert.Equal(symbol, points.Marker!.Symbol!.Many![0]);
        Assert.Equal(pattern, bars.Marker!.Pattern!.Shape!.Many![0]);
        Assert.Equal(expectedBase, Convert.ToDouble(bars.Base![0]));
        Assert.Equal(expectedLength, Convert.ToDouble(bars.X![0]), 6);
        Assert.Equal(Orientation.Horizontal, bars.Orientation);
    }

    [Theory]
    [InlineData(RangeKind.Exact, "1,100")]
    [InlineData(RangeKind.AtLeast, "at least 1,100")]
    [InlineData(RangeKind.Between, "1,100–1,500")]
    [InlineData(RangeKind.AtMost, "at most 1,100")]
    [InlineData(RangeKind.Approximate, "about 1,100")]
    public void Ranges_describe_themselves_for_hover(RangeKind kind, string expected)
    {
        var range = kind switch
        {
            RangeKind.Exact => ValueRange.Exact("f", 1100),
            RangeKind.AtLeast => ValueRange.AtLeast("f", 1100),
            RangeKind.Between => ValueRange.Between("f", 1100, 1500),
            RangeKind.AtMost => ValueRange.AtMost("f", 1100),
            _ => ValueRange.About("f", 1100),
        };
        Assert.Equal(expected, range.Describe());
    }

    [Fact]
    public void Invalid_ranges_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ValueRange.Between("f", 10, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueRange.Exact("f", double.NaN));
        Assert.Throws<ArgumentException>(() => Chart.Spans());
    }

    [Fact]
    public void Heatmap_rows_follow_y_labels_top_down()
    {
        var chart = SampleCharts.Heatmap();
        var trace = (HeatmapTrace)chart.Data[0];
        Assert.Equal(3, trace.Z!.Count);
        Assert.Null(trace.Z[1][1]);
        Assert.Equal(AutoRange.Reversed, chart.Layout.YAxis!.AutoRange);
        Assert.Equal("Blues", trace.ColorScale);
    }

    [Theory]
    [InlineData(2, 2, "z has 2 rows but there are 3 y labels")]
    [InlineData(3, 1, "z row 0 (a) has 1 values but there are 2 x labels")]
    public void Heatmap_shape_errors_name_the_row(int rows, int columns, string message)
    {
        var z = Enumerable.Range(0, rows).Select(_ => Enumerable.Repeat(1.0, columns));
        var error = Assert.Throws<ArgumentException>(() => Chart.Heatmap(new[] { "x1", "x2" }, new[] { "a", "b", "c" }, z));
        Assert.Contains(message, error.Message);
    }
}
