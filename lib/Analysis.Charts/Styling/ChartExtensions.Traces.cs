namespace Analysis.Charts;

public static partial class ChartExtensions
{
    /// <summary>Changes every trace.</summary>
    public static Chart WithTraces(this Chart chart, Func<Trace, Trace> change)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(change);
        return chart with { Data = chart.Data.Select(change).ToArray() };
    }

    /// <summary>Changes the trace at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">There is no such trace.</exception>
    public static Chart WithTrace(this Chart chart, int index, Func<Trace, Trace> change)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(change);
        if (index < 0 || index >= chart.Data.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The chart has {chart.Data.Count} traces.");
        }
        return chart with { Data = chart.Data.Select((t, i) => i == index ? change(t) : t).ToArray() };
    }

    /// <summary>Names the series (legend entry) of a single-trace chart.</summary>
    /// <exception cref="InvalidOperationException">The chart has several traces; use <see cref="WithTrace"/>.</exception>
    public static Chart WithName(this Chart chart, string name)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(name);
        if (chart.Data.Count != 1)
        {
            throw new InvalidOperationException(
                $"WithName needs a chart with one trace, this one has {chart.Data.Count}; use WithTrace(i, t => t with {{ Name = … }}).");
        }
        return chart.WithTrace(0, t => t with { Name = name });
    }

    /// <summary>One colour for the markers, bars and lines of every trace.</summary>
    public static Chart WithColor(this Chart chart, string color)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(color);
        return chart.WithTraces(t => t.MapMarker(m => m with { Color = color }) switch
        {
            ScatterTrace s => s with { Line = (s.Line ?? new LineStyle()) with { Color = color } },
            var other => other,
        });
    }

    /// <summary>One colour per point (bar or marker) of every trace, e.g. to highlight one bar.</summary>
    /// <exception cref="ArgumentException">The number of colours differs from a trace's number of points.</exception>
    public static Chart WithPointColors(this Chart chart, IEnumerable<string> colors)
    {
        var list = ToList(colors, nameof(colors));
        return chart.WithPerPoint(list.Length, nameof(colors), m => m with { Color = OneOrMany<string>.PerPoint(list) });
    }

    /// <summary>One marker symbol ("circle", "diamond", "triangle-right", "circle-open", …) for every point.</summary>
    public static Chart WithMarkerSymbol(this Chart chart, string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return chart.WithMarker(m => m with { Symbol = symbol });
    }

    /// <summary>One marker symbol per point, e.g. open markers for hedged figures.</summary>
    /// <exception cref="ArgumentException">The number of symbols differs from a trace's number of points.</exception>
    public static Chart WithMarkerSymbols(this Chart chart, IEnumerable<string> symbols)
    {
        var list = ToList(symbols, nameof(symbols));
        return chart.WithPerPoint(list.Length, nameof(symbols), m => m with { Symbol = OneOrMany<string>.PerPoint(list) });
    }

    /// <summary>Marker size in pixels for every point.</summary>
    public static Chart WithMarkerSize(this Chart chart, double size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return chart.WithMarker(m => m with { Size = size });
    }

    /// <summary>Marker/bar opacity per point (0–1), e.g. faded bars for uncertain figures.</summary>
    /// <exception cref="ArgumentException">A value is outside 0–1 or the count differs from a trace's points.</exception>
    public static Chart WithPointOpacity(this Chart chart, IEnumerable<double> opacity)
    {
        ArgumentNullException.ThrowIfNull(opacity);
        var list = opacity.ToArray();
        if (list.Any(o => !(o >= 0 && o <= 1))) throw new ArgumentException("Opacity must be between 0 and 1.", nameof(opacity));
        return chart.WithPerPoint(list.Length, nameof(opacity), m => m with { Opacity = OneOrMany<double>.PerPoint(list) });
    }

    /// <summary>A fill pattern per bar ("" none, "/", "\\", "x", "+", "."), e.g. hatching open-ended figures.</summary>
    /// <exception cref="ArgumentException">The count differs from a trace's number of points.</exception>
    public static Chart WithBarPatterns(this Chart chart, IEnumerable<string> shapes)
    {
        var list = ToList(shapes, nameof(shapes));
        return chart.WithPerPoint(list.Length, nameof(shapes), m => m with
        {
            Pattern = (m.Pattern ?? new MarkerPattern { FillMode = "overlay" }) with { Shape = OneOrMany<string>.PerPoint(list) },
        });
    }

    /// <summary>Changes the marker of every bar and scatter trace (heatmaps have none and are unchanged).</summary>
    public static Chart WithMarker(this Chart chart, Func<Marker, Marker> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return chart.WithTraces(t => t.MapMarker(change));
    }

    /// <summary>The hover box template of every trace, e.g. <c>"%{x}: %{y:,} mentions&lt;extra&gt;&lt;/extra&gt;"</c>.</summary>
    public static Chart WithHoverTemplate(this Chart chart, string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return chart.WithTraces(t => t with { HoverTemplate = template });
    }

    /// <summary>Text per point of every trace (bar labels, markers+text labels, <c>%{text}</c> in hover).</summary>
    /// <exception cref="ArgumentException">The count differs from a trace's number of points.</exception>
    public static Chart WithText(this Chart chart, IEnumerable<string> text)
    {
        var list = ToList(text, nameof(text));
        CheckCounts(chart, list.Length, nameof(text));
        return chart.WithTraces(t => t with { Text = OneOrMany<string>.PerPoint(list) });
    }

    /// <summary>Shows or hides the legend entries of every trace.</summary>
    public static Chart WithShowLegend(this Chart chart, bool show) => chart.WithTraces(t => t with { ShowLegend = show });

    /// <summary>Horizontal error bars on every bar and scatter trace.</summary>
    /// <exception cref="InvalidOperationException">A trace cannot have error bars (heatmaps).</exception>
    public static Chart WithErrorX(this Chart chart, ErrorBars errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return chart.WithTraces(t => t switch
        {
            BarTrace b => b with { ErrorX = errors },
            ScatterTrace s => s with { ErrorX = errors },
            _ => throw new InvalidOperationException($"A {t.Type} trace cannot have error bars."),
        });
    }

    /// <summary>Vertical error bars on every bar and scatter trace.</summary>
    /// <exception cref="InvalidOperationException">A trace cannot have error bars (heatmaps).</exception>
    public static Chart WithErrorY(this Chart chart, ErrorBars errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return chart.WithTraces(t => t switch
        {
            BarTrace b => b with { ErrorY = errors },
            ScatterTrace s => s with { ErrorY = errors },
            _ => throw new InvalidOperationException($"A {t.Type} trace cannot have error bars."),
        });
    }

    private static Chart WithPerPoint(this Chart chart, int count, string argument, Func<Marker, Marker> change)
    {
        CheckCounts(chart, count, argument);
        return chart.WithMarker(change);
    }

    private static void CheckCounts(Chart chart, int count, string argument)
    {
        ArgumentNullException.ThrowIfNull(chart);
        foreach (var (trace, i) in chart.Data.Select((t, i) => (t, i)))
        {
            if (trace is not HeatmapTrace && trace.CountPoints() != count)
            {
                throw new ArgumentException(
                    $"{argument} has {count} values but trace {i} ({trace.Name ?? trace.Type}) has {trace.CountPoints()} points.", argument);
            }
        }
    }

    private static string[] ToList(IEnumerable<string> values, string argument)
    {
        ArgumentNullException.ThrowIfNull(values, argument);
        var list = values.ToArray();
        if (list.Any(v => v is null)) throw new ArgumentException($"{argument} contains null.", argument);
        return list;
    }
}
