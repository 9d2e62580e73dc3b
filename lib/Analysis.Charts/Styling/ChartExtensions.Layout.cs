namespace Analysis.Charts;

/// <summary>
/// Fluent styling: every method returns a new chart, so
/// <c>Chart.Bar(x, y).WithTitle("Mentions").WithYAxisTitle("articles")</c> reads like a sentence.
/// Layout methods live here; trace methods (colours, markers, hover) in the other part of this class.
/// </summary>
public static partial class ChartExtensions
{
    /// <summary>Sets the chart title.</summary>
    public static Chart WithTitle(this Chart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return chart.WithLayout(l => l with { Title = new Title(title) });
    }

    /// <summary>Sets the x axis title.</summary>
    public static Chart WithXAxisTitle(this Chart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return chart.WithXAxis(a => a with { Title = new Title(title) });
    }

    /// <summary>Sets the y axis title.</summary>
    public static Chart WithYAxisTitle(this Chart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return chart.WithYAxis(a => a with { Title = new Title(title) });
    }

    /// <summary>Replaces the x axis.</summary>
    public static Chart WithXAxis(this Chart chart, Axis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        return chart.WithLayout(l => l with { XAxis = axis });
    }

    /// <summary>Changes the x axis, e.g. <c>WithXAxis(a =&gt; a with { TickFormat = "%b %Y" })</c>.</summary>
    public static Chart WithXAxis(this Chart chart, Func<Axis, Axis> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return chart.WithLayout(l => l with { XAxis = change(l.XAxis ?? ChartTheme.DefaultAxis) });
    }

    /// <summary>Replaces the y axis.</summary>
    public static Chart WithYAxis(this Chart chart, Axis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        return chart.WithLayout(l => l with { YAxis = axis });
    }

    /// <summary>Changes the y axis.</summary>
    public static Chart WithYAxis(this Chart chart, Func<Axis, Axis> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return chart.WithLayout(l => l with { YAxis = change(l.YAxis ?? ChartTheme.DefaultAxis) });
    }

    /// <summary>Sets the x axis scale (e.g. <see cref="AxisType.Date"/> or <see cref="AxisType.Log"/>).</summary>
    public static Chart WithXAxisType(this Chart chart, AxisType type) => chart.WithXAxis(a => a with { Type = type });

    /// <summary>Sets the y axis scale.</summary>
    public static Chart WithYAxisType(this Chart chart, AxisType type) => chart.WithYAxis(a => a with { Type = type });

    /// <summary>Sets the d3 tick format of the x axis (",d" thousands, "%b %Y" months).</summary>
    public static Chart WithXAxisTickFormat(this Chart chart, string format) =>
        chart.WithXAxis(a => a with { TickFormat = format ?? throw new ArgumentNullException(nameof(format)) });

    /// <summary>Sets the d3 tick format of the y axis.</summary>
    public static Chart WithYAxisTickFormat(this Chart chart, string format) =>
        chart.WithYAxis(a => a with { TickFormat = format ?? throw new ArgumentNullException(nameof(format)) });

    /// <summary>Draws the y axis top-down, so the first category is on top.</summary>
    public static Chart WithYAxisReversed(this Chart chart) => chart.WithYAxis(a => a with { AutoRange = AutoRange.Reversed });

    /// <summary>Sets the size in pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    public static Chart WithSize(this Chart chart, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        return chart.WithLayout(l => l with { Width = width, Height = height });
    }

    /// <summary>How bars of several traces share a category (group, stack, relative, overlay).</summary>
    public static Chart WithBarMode(this Chart chart, BarMode mode) => chart.WithLayout(l => l with { BarMode = mode });

    /// <summary>Shows or hides the legend.</summary>
    public static Chart WithLegend(this Chart chart, bool show) => chart.WithLayout(l => l with { ShowLegend = show });

    /// <summary>Shows the legend with the given placement.</summary>
    public static Chart WithLegend(this Chart chart, Legend legend)
    {
        ArgumentNullException.ThrowIfNull(legend);
        return chart.WithLayout(l => l with { ShowLegend = true, Legend = legend });
    }

    /// <summary>Shows a horizontal legend above the plot, which leaves the full width to the data.</summary>
    public static Chart WithLegendOnTop(this Chart chart) => chart.WithLegend(new Legend
    {
        Orientation = Orientation.Horizontal, X = 0, Y = 1.02, XAnchor = "left", YAnchor = "bottom",
    });

    /// <summary>Sets the margins.</summary>
    public static Chart WithMargin(this Chart chart, Margin margin)
    {
        ArgumentNullException.ThrowIfNull(margin);
        return chart.WithLayout(l => l with { Margin = margin });
    }

    /// <summary>Sets the palette traces cycle through (plotly <c>layout.colorway</c>).</summary>
    /// <exception cref="ArgumentException">No colours were given.</exception>
    public static Chart WithColors(this Chart chart, params string[] colors)
    {
        ArgumentNullException.ThrowIfNull(colors);
        if (colors.Length == 0) throw new ArgumentException("At least one colour is needed.", nameof(colors));
        return chart.WithLayout(l => l with { Colorway = colors.ToArray() });
    }

    /// <summary>Sets the default font.</summary>
    public static Chart WithFont(this Chart chart, Font font)
    {
        ArgumentNullException.ThrowIfNull(font);
        return chart.WithLayout(l => l with { Font = font });
    }

    /// <summary>Sets the hover mode ("closest", "x", "x unified", …).</summary>
    public static Chart WithHoverMode(this Chart chart, string mode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mode);
        return chart.WithLayout(l => l with { HoverMode = mode });
    }

    /// <summary>Changes the layout.</summary>
    public static Chart WithLayout(this Chart chart, Func<Layout, Layout> change)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(change);
        return chart with { Layout = change(chart.Layout) };
    }

    /// <summary>Changes the config.</summary>
    public static Chart WithConfig(this Chart chart, Func<Config, Config> change)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(change);
        return chart with { Config = change(chart.Config) };
    }

    /// <summary>Makes the chart a static picture (no hover, zoom or mode bar), e.g. for printed reports.</summary>
    public static Chart AsStatic(this Chart chart) => chart.WithConfig(c => c with { StaticPlot = true });
}
