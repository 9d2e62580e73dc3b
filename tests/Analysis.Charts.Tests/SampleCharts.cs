namespace Analysis.Charts.Tests;

/// <summary>One representative chart per factory, shared by snapshot and browser tests.</summary>
internal static class SampleCharts
{
    public static readonly string[] People = ["Zelenskyy", "Putin", "Scholz"];

    public static Chart Bar() => Chart.Bar(People, new[] { 12, 9, 4 }, "mentions").WithTitle("Mentions");

    public static Chart HorizontalBar() =>
        Chart.HorizontalBar(People, new[] { 12.5, 9.25, 4 }).WithXAxisTitle("articles");

    public static Chart Grouped() => Chart.GroupedBar(People, new Dictionary<string, IEnumerable<int>>
    {
        ["Reuters"] = [5, 4, 2],
        ["AP"] = [7, 5, 2],
    });

    public static Chart Stacked() => Chart.Combine(
            Chart.Bar(People, new[] { 5, 4, 2 }, "Reuters"),
            Chart.Bar(People, new[] { 7, 5, 2 }, "AP"))
        .WithBarMode(BarMode.Stack)
        .WithLegendOnTop();

    public static Chart Line() => Chart.Line(
            new[] { new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 5) },
            new double?[] { 3, 5, null, 2 },
            "articles per day",
            showMarkers: true)
        .WithYAxisTitle("articles");

    public static Chart ScatterWithText() => Chart.Scatter(
            new[] { 1.5, 2.0, 3.25 }, new long[] { 10, 20, 15 }, "claims", ScatterMode.Markers | ScatterMode.Text)
        .WithText(["a", "b", "c"])
        .WithMarkerSymbols(["circle", "diamond", "circle-open"]);

    public static Chart Timeline() => Chart.Timeline(
        new[] { new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 9), new DateOnly(2024, 3, 15), new DateOnly(2024, 4, 2) },
        ["3rd Brigade", "Wagner", "3rd Brigade", "Marines"],
        ["arrives in Bakhmut", "withdraws", "rotates out", "deployed"],
        ["Reuters, 1 Feb", "AP &amp; BBC", "Reuters", "Kyiv Independent"]);

    public static Chart Spans() => Chart.Spans(
        ValueRange.Exact("Ministry, 3 May", 1100),
        ValueRange.AtLeast("Reuters, 3 May", 1100),
        ValueRange.Between("UN, 4 May", 900, 1400),
        ValueRange.AtMost("Governor, 5 May", 800),
        ValueRange.About("BBC, 6 May", 1000));

    public static Chart Heatmap() => Chart.Heatmap(
        new[] { "Reuters", "AP" }, People, new[] { new double?[] { 5, 7 }, [4, null], [2, 2] });

    public static IEnumerable<(string Name, Chart Chart)> All() =>
    [
        ("bar", Bar()),
        ("horizontal-bar", HorizontalBar()),
        ("grouped-bar", Grouped()),
        ("stacked-bar", Stacked()),
        ("line-dates", Line()),
        ("scatter-text", ScatterWithText()),
        ("timeline", Timeline()),
        ("spans", Spans()),
        ("heatmap", Heatmap()),
    ];
}
