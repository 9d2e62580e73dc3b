namespace Analysis.Charts;

public sealed partial record Chart
{
    /// <summary>
    /// A categorical timeline: one row per category (first seen on top), a marker per dated event, the event's label
    /// written beside it, and optional hover text per event (plotly markup such as <c>&lt;br&gt;</c> is kept, so
    /// HTML-encode raw article text first). Each category is its own trace so it gets its own colour.
    /// </summary>
    /// <param name="dates">Event dates (DateOnly, DateTime or ISO strings).</param>
    /// <param name="categories">The row of each event, e.g. the unit or person.</param>
    /// <param name="labels">Short text drawn next to each marker, or null for markers only.</param>
    /// <param name="hover">Hover text per event, or null for date and category only.</param>
    /// <exception cref="ArgumentException">The sequences have different lengths.</exception>
    public static Chart Timeline<TDate>(
        IEnumerable<TDate> dates,
        IEnumerable<string> categories,
        IEnumerable<string?>? labels = null,
        IEnumerable<string?>? hover = null)
    {
        var (xs, ys) = Pair(dates, categories, nameof(dates), nameof(categories));
        var labelList = labels?.ToArray();
        var hoverList = hover?.ToArray();
        RequireLength(labelList?.Length, xs.Count, nameof(labels));
        RequireLength(hoverList?.Length, xs.Count, nameof(hover));

        var order = ys.Select(c => (string?)c ?? "").Distinct().ToArray();
        var traces = order.Select(category =>
        {
            var rows = Enumerable.Range(0, xs.Count).Where(i => ((string?)ys[i] ?? "") == category).ToArray();
            return new ScatterTrace
            {
                Name = category,
                Mode = labelList is null ? ScatterMode.Markers : ScatterMode.Markers | ScatterMode.Text,
                X = PlotArray.FromObjects(rows.Select(i => xs[i])),
                Y = PlotArray.FromObjects(rows.Select(i => ys[i])),
                Text = labelList is null ? null : OneOrMany<string>.PerPoint(rows.Select(i => labelList[i] ?? "")),
                TextPosition = labelList is null ? null : Analysis.Charts.TextPosition.MiddleRight,
                CustomData = hoverList is null ? null : rows.Select(i => PlotArray.From(new[] { hoverList[i] ?? "" })).ToArray(),
                HoverTemplate = "%{x|%Y-%m-%d}<br><b>%{y}</b>"
                    + (hoverList is null ? "" : "<br>%{customdata[0]}") + "<extra></extra>",
                Marker = new Marker { Size = 10, Symbol = "circle" },
                // Labels of the latest events run past the plot area; clipping would cut them off.
                ClipOnAxis = labelList is null ? null : false,
            };
        });

        var layout = ChartTheme.DefaultLayout with
        {
            XAxis = ChartTheme.DefaultAxis with { Type = AxisType.Date },
            YAxis = ChartTheme.DefaultAxis with
            {
                Type = AxisType.Category,
                AutoRange = Analysis.Charts.AutoRange.Reversed,
                CategoryOrder = "array",
                CategoryArray = PlotArray.From(order),
                ZeroLine = false,
            },
            ShowLegend = false,
            Margin = ChartTheme.DefaultLayout.Margin! with { R = labelList is null ? 30 : 160 },
            // Rows need room for a marker and a label; short timelines still get a readable plot.
            Height = Math.Max(300, 140 + 48 * order.Length),
            HoverMode = "closest",
        };
        return new Chart(traces, layout);
    }

    internal static void RequireLength(int? actual, int expected, string argument)
    {
        if (actual is { } n && n != expected)
        {
            throw new ArgumentException($"{argument} has {n} values but there are {expected} points.", argument);
        }
    }
}
