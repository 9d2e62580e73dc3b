namespace Analysis.Charts;

public sealed partial record Chart
{
    /// <summary>
    /// A heatmap: <paramref name="z"/> has one row per y label (first row on top, like a table) and one value per
    /// x label; null values leave the cell empty. E.g. people × outlets coloured by mention counts.
    /// </summary>
    /// <param name="colorScale">A plotly colour scale name ("Blues", "Viridis", "YlOrRd", …).</param>
    /// <param name="largeValuesDark">
    /// plotly.js's sequential scales (Blues, Reds, YlOrRd, …) run dark → light; reversing them makes large counts
    /// dark, as readers expect. Pass false for scales such as Viridis.
    /// </param>
    /// <exception cref="ArgumentException">z does not have one row per y label and one value per x label.</exception>
    public static Chart Heatmap<TX, TY, TZ>(
        IEnumerable<TX> xLabels, IEnumerable<TY> yLabels, IEnumerable<IEnumerable<TZ>> z, string colorScale = "Blues",
        bool largeValuesDark = true)
    {
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(yLabels);
        ArgumentNullException.ThrowIfNull(z);
        ArgumentException.ThrowIfNullOrWhiteSpace(colorScale);
        var xs = PlotArray.From(xLabels);
        var ys = PlotArray.From(yLabels);
        var rows = z.Select((row, i) => PlotArray.From(row ?? throw new ArgumentException($"z row {i} is null.", nameof(z))))
            .ToArray();
        if (rows.Length != ys.Count)
        {
            throw new ArgumentException($"z has {rows.Length} rows but there are {ys.Count} y labels.", nameof(z));
        }
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Count != xs.Count)
            {
                throw new ArgumentException(
                    $"z row {i} ({ys[i]}) has {rows[i].Count} values but there are {xs.Count} x labels.", nameof(z));
            }
        }

        var trace = new HeatmapTrace
        {
            X = xs,
            Y = ys,
            Z = rows,
            ColorScale = colorScale,
            ReverseScale = largeValuesDark ? true : null,
            HoverTemplate = "%{y} × %{x}: %{z}<extra></extra>",
            XGap = 1,
            YGap = 1,
        };
        var plain = ChartTheme.DefaultAxis with { ShowGrid = false, ZeroLine = false, ShowLine = false };
        return FromTrace(trace, plain with { Type = AxisType.Category },
            plain with { Type = AxisType.Category, AutoRange = Analysis.Charts.AutoRange.Reversed });
    }
}
