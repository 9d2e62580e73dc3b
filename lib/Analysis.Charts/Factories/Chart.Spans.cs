namespace Analysis.Charts;

public sealed partial record Chart
{
    /// <summary>Pattern of the bar of an open-ended figure ("at least"), so it never reads as a known upper end.</summary>
    public const string OpenEndedPattern = "/";

    /// <summary>
    /// Horizontal span bars, one row per figure (first on top): a closed range is a solid bar from low to high; an
    /// open-ended "at least" figure is a faded, hatched bar running to the right edge with a ▶ marker at its bound;
    /// "at most" runs from zero, hatched, with a ◀ marker; an exact figure is a ◆ marker and an approximate one an
    /// open ○ marker. So "at least 1,100" and an exact 1,100 can never be confused. Hover boxes describe each
    /// figure in words ("at least 1,100").
    /// </summary>
    /// <exception cref="ArgumentException">No figures were given.</exception>
    public static Chart Spans(IEnumerable<ValueRange> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var items = figures.ToArray();
        if (items.Length == 0) throw new ArgumentException("Spans needs at least one figure.", nameof(figures));
        foreach (var item in items) ArgumentNullException.ThrowIfNull(item, nameof(figures));

        var known = items.SelectMany(r => new[] { r.Low, r.High }).OfType<double>().ToArray();
        // Open ends run a little past the largest known figure: far enough to look unbounded, near enough to keep scale.
        // Whole numbers keep the JSON free of floating-point noise such as 509.9999999999998.
        var openEnd = known.Length == 0 ? 1 : Math.Ceiling(Math.Max(known.Max() * 1.15, known.Max() + 1));

        var labels = PlotArray.From(items.Select(r => r.Label));
        var descriptions = items.Select(r => PlotArray.From(new[] { r.Describe() })).ToArray();
        var bars = new BarTrace
        {
            Name = "range",
            Orientation = Analysis.Charts.Orientation.Horizontal,
            Y = labels,
            Base = PlotArray.From(items.Select(r => r.Kind == RangeKind.AtMost ? 0 : r.Low!.Value)),
            X = PlotArray.From(items.Select(r => r.Kind switch
            {
                RangeKind.Between => r.High!.Value - r.Low!.Value,
                RangeKind.AtLeast => openEnd - r.Low!.Value,
                RangeKind.AtMost => r.High!.Value,
                _ => 0d,
            })),
            CustomData = descriptions,
            HoverTemplate = "<b>%{y}</b>: %{customdata[0]}<extra></extra>",
            Marker = new Marker
            {
                Color = ChartTheme.Palette[0],
                Opacity = OneOrMany<double>.PerPoint(items.Select(r => r.Kind == RangeKind.Between ? 0.85 : 0.45)),
                Pattern = new MarkerPattern
                {
                    Shape = OneOrMany<string>.PerPoint(items.Select(r => r.Kind switch
                    {
                        RangeKind.AtLeast => OpenEndedPattern,
                        RangeKind.AtMost => "\\",
                        _ => "",
                    })),
                    FillMode = "overlay",
                    Solidity = 0.3,
                },
            },
            ShowLegend = false,
        };

        var points = new ScatterTrace
        {
            Name = "figure",
            Mode = ScatterMode.Markers,
            Y = labels,
            X = PlotArray.From(items.Select(r => r.Kind switch
            {
                RangeKind.Exact or RangeKind.Approximate or RangeKind.AtLeast => r.Low,
                RangeKind.AtMost => r.High,
                _ => (double?)null,
            })),
            CustomData = descriptions,
            HoverTemplate = "<b>%{y}</b>: %{customdata[0]}<extra></extra>",
            Marker = new Marker
            {
                Color = ChartTheme.Palette[3],
                Size = 12,
                Symbol = OneOrMany<string>.PerPoint(items.Select(r => SymbolFor(r.Kind))),
            },
            ShowLegend = false,
        };

        var layout = ChartTheme.DefaultLayout with
        {
            YAxis = ChartTheme.DefaultAxis with { Type = AxisType.Category, AutoRange = Analysis.Charts.AutoRange.Reversed },
            XAxis = ChartTheme.DefaultAxis with { TickFormat = ",d" },
            BarMode = Analysis.Charts.BarMode.Overlay,
            ShowLegend = false,
            Height = Math.Max(260, 140 + 40 * items.Length),
        };
        return new Chart([bars, points], layout);
    }

    /// <summary>Horizontal span bars; see <see cref="Spans(IEnumerable{ValueRange})"/>.</summary>
    public static Chart Spans(params ValueRange[] figures) => Spans((IEnumerable<ValueRange>)figures);

    /// <summary>The marker symbol that states a figure's kind at a glance.</summary>
    public static string SymbolFor(RangeKind kind) => kind switch
    {
        RangeKind.Exact => "diamond",
        RangeKind.Approximate => "circle-open",
        RangeKind.AtLeast => "triangle-right",
        RangeKind.AtMost => "triangle-left",
        _ => "line-ns",
    };
}
