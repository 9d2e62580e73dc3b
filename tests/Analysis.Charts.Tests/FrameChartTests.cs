using Analysis.Frames;

namespace Analysis.Charts.Tests;

public sealed class FrameChartTests
{
    private static DataFrame Mentions() => DataFrame.FromColumns(
        DataColumn.Create("person", new[] { "Zelenskyy", "Putin", "Zelenskyy", "Scholz" }),
        DataColumn.Create("outlet", new[] { "Reuters", "Reuters", "AP", "AP" }),
        DataColumn.Create("mentions", new long?[] { 5, 4, 7, null }),
        DataColumn.Create("date", new DateOnly?[] { new(2024, 3, 2), new(2024, 3, 1), new(2024, 3, 1), null }),
        DataColumn.Create("quote", new[] { "\"We hold\" <b>", "No comment", "Thanks & more", "n/a" }));

    [Fact]
    public void Bar_chart_uses_columns_for_axes_and_titles()
    {
        var chart = Mentions().ToBarChart("person", "mentions");
        var trace = Assert.IsType<BarTrace>(Assert.Single(chart.Data));
        Assert.Equal(PlotArray.From(new[] { "Zelenskyy", "Putin", "Zelenskyy", "Scholz" }), trace.X);
        Assert.Equal(PlotArray.FromObjects([5L, 4L, 7L, null]), trace.Y);
        Assert.Equal("person", chart.Layout.XAxis!.Title!.Text);
        Assert.Equal("mentions", chart.Layout.YAxis!.Title!.Text);
    }

    [Theory]
    [InlineData(false, BarMode.Group)]
    [InlineData(true, BarMode.Stack)]
    public void Grouped_and_stacked_bars_have_a_trace_per_group_in_first_seen_order(bool stacked, BarMode mode)
    {
        var frame = Mentions();
        var chart = stacked ? frame.ToStackedBarChart("person", "mentions", "outlet") : frame.ToBarChart("person", "mentions", "outlet");
        Assert.Equal(["Reuters", "AP"], chart.Data.Select(t => t.Name));
        Assert.Equal(PlotArray.From(new[] { "Zelenskyy", "Scholz" }), chart.Data[1].X);
        Assert.Equal(mode, chart.Layout.BarMode);
        Assert.Equal("outlet", chart.Layout.Legend!.Title!.Text);
    }

    [Fact]
    public void Line_chart_sorts_by_date_skips_missing_dates_and_uses_a_date_axis()
    {
        var chart = Mentions().ToLineChart("date", "mentions");
        var trace = Assert.Single(chart.Data);
        Assert.Equal(PlotArray.FromObjects([new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 2)]), trace.X);
        Assert.Equal(PlotArray.FromObjects([4L, 7L, 5L]), trace.Y);
        Assert.Equal(AxisType.Date, chart.Layout.XAxis!.Type);
    }

    [Fact]
    public void Line_chart_by_group_has_a_line_per_group()
    {
        var chart = Mentions().ToLineChart("date", "mentions", "outlet");
        Assert.Equal(["Reuters", "AP"], chart.Data.Select(t => t.Name));
        Assert.Equal(PlotArray.FromObjects([new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 2)]), chart.Data[0].X);
    }

    [Fact]
    public void Heatmap_pivots_and_sums_with_empty_cells_for_absent_pairs()
    {
        var frame = DataFrame.FromColumns(
            DataColumn.Create("person", new[] { "A", "B", "A", "A" }),
            DataColumn.Create("outlet", new[] { "X", "X", "Y", "X" }),
            DataColumn.Create("n", new[] { 1.0, 2.0, 3.0, 4.0 }));
        var trace = Assert.IsType<HeatmapTrace>(Assert.Single(frame.ToHeatmap("person", "outlet", "n").Data));
        Assert.Equal(PlotArray.From(new[] { "X", "Y" }), trace.X);
        Assert.Equal(PlotArray.From(new[] { "A", "B" }), trace.Y);
        Assert.Equal(PlotArray.FromObjects([5.0, 3.0]), trace.Z![0]);
        Assert.Equal(PlotArray.FromObjects([2.0, null]), trace.Z[1]);
    }

    [Fact]
    public void Timeline_hover_lists_columns_html_encoded()
    {
        var chart = Mentions().ToTimeline("date", "person", "outlet", "quote", "mentions");
        var zelenskyy = Assert.IsType<ScatterTrace>(chart.Data[0]);
        Assert.Equal("Zelenskyy", zelenskyy.Name);
        Assert.Equal("quote: &quot;We hold&quot; &lt;b&gt;<br>mentions: 5", zelenskyy.CustomData![0][0]);
        Assert.Equal(3, chart.Data.Sum(t => t.CountPoints())); // the row without a date is left out
    }

    [Theory]
    [InlineData("person", "outlet", "outlet")]
    [InlineData("person", "date", "date")]
    public void Non_numeric_value_columns_are_rejected_by_name(string x, string y, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => Mentions().ToBarChart(x, y));
        Assert.Contains($"'{named}'", error.Message);
    }

    [Fact]
    public void Unknown_columns_are_reported_by_the_frame()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Mentions().ToBarChart("nobody", "mentions"));
        Assert.Contains("nobody", error.Message);
    }
}
