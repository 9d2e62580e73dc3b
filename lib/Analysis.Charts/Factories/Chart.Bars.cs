namespace Analysis.Charts;

public sealed partial record Chart
{
    /// <summary>Vertical bars: one bar per x category, its height the y value (same as <see cref="Column{TX, TY}"/>).</summary>
    /// <param name="x">Categories (or dates/numbers) along the x axis.</param>
    /// <param name="y">Bar heights, one per x value.</param>
    /// <param name="name">Series name for the legend and hover box.</param>
    /// <exception cref="ArgumentException">x and y have different lengths.</exception>
    public static Chart Bar<TX, TY>(IEnumerable<TX> x, IEnumerable<TY> y, string? name = null)
    {
        var (xs, ys) = Pair(x, y);
        return FromTrace(new BarTrace { Name = name, X = xs, Y = ys }, DateAxisFor<TX>(), null);
    }

    /// <summary>Vertical bars; Plotly.NET's name for <see cref="Bar{TX, TY}"/>.</summary>
    public static Chart Column<TX, TY>(IEnumerable<TX> x, IEnumerable<TY> y, string? name = null) => Bar(x, y, name);

    /// <summary>
    /// Horizontal bars: one bar per category on the y axis, its length the value. The first category is drawn on
    /// top (reading order), which suits ranked lists such as "most mentioned people".
    /// </summary>
    /// <exception cref="ArgumentException">categories and values have different lengths.</exception>
    public static Chart HorizontalBar<TCategory, TValue>(
        IEnumerable<TCategory> categories, IEnumerable<TValue> values, string? name = null)
    {
        var (ys, xs) = Pair(categories, values, nameof(categories), nameof(values));
        var trace = new BarTrace { Name = name, X = xs, Y = ys, Orientation = Analysis.Charts.Orientation.Horizontal };
        return FromTrace(trace, null, ChartTheme.DefaultAxis with { AutoRange = Analysis.Charts.AutoRange.Reversed });
    }

    /// <summary>
    /// One chart holding the traces of all <paramref name="charts"/> in order, with the layout and config of the
    /// first. Combine bar charts and call <c>WithBarMode(BarMode.Group)</c> or <c>BarMode.Stack</c>.
    /// </summary>
    /// <exception cref="ArgumentException">No charts were given.</exception>
    public static Chart Combine(IEnumerable<Chart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var list = charts.ToList();
        if (list.Count == 0) throw new ArgumentException("Combine needs at least one chart.", nameof(charts));
        return list[0] with { Data = list.SelectMany(c => c.Data).ToArray() };
    }

    /// <summary>One chart holding the traces of all <paramref name="charts"/>; see <see cref="Combine(IEnumerable{Chart})"/>.</summary>
    public static Chart Combine(params Chart[] charts) => Combine((IEnumerable<Chart>)charts);

    /// <summary>Bars of several series side by side: one trace per series, all sharing the x categories.</summary>
    /// <param name="x">Categories along the x axis.</param>
    /// <param name="series">Series name and values (one per x category), in legend order.</param>
    public static Chart GroupedBar<TX, TY>(IEnumerable<TX> x, IEnumerable<KeyValuePair<string, IEnumerable<TY>>> series) =>
        MultiBar(x, series, BarMode.Group);

    /// <summary>Bars of several series stacked on each other; see <see cref="GroupedBar{TX, TY}"/>.</summary>
    public static Chart StackedBar<TX, TY>(IEnumerable<TX> x, IEnumerable<KeyValuePair<string, IEnumerable<TY>>> series) =>
        MultiBar(x, series, BarMode.Stack);

    private static Chart MultiBar<TX, TY>(
        IEnumerable<TX> x, IEnumerable<KeyValuePair<string, IEnumerable<TY>>> series, BarMode mode)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(series);
        var xs = x.ToArray();
        var charts = series.Select(s => Bar(xs, s.Value, s.Key)).ToList();
        if (charts.Count == 0) throw new ArgumentException("At least one series is needed.", nameof(series));
        var combined = Combine(charts);
        return combined with { Layout = combined.Layout with { BarMode = mode } };
    }

    /// <summary>A chart of one trace with the default theme; null axes keep the theme's axis.</summary>
    internal static Chart FromTrace(Trace trace, Axis? xAxis, Axis? yAxis) =>
        new([trace], ChartTheme.DefaultLayout with
        {
            XAxis = xAxis ?? ChartTheme.DefaultAxis,
            YAxis = yAxis ?? ChartTheme.DefaultAxis,
        });

    /// <summary>A date axis when <typeparamref name="T"/> is a date type, otherwise null (plotly guesses).</summary>
    internal static Axis? DateAxisFor<T>()
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            ? ChartTheme.DefaultAxis with { Type = AxisType.Date }
            : null;
    }

    /// <summary>Two equally long data arrays, or an error naming both arguments and their lengths.</summary>
    internal static (PlotArray First, PlotArray Second) Pair<T1, T2>(
        IEnumerable<T1> first, IEnumerable<T2> second, string firstName = "x", string secondName = "y")
    {
        ArgumentNullException.ThrowIfNull(first, firstName);
        ArgumentNullException.ThrowIfNull(second, secondName);
        var a = PlotArray.From(first);
        var b = PlotArray.From(second);
        if (a.Count != b.Count)
        {
            throw new ArgumentException(
                $"{firstName} has {a.Count} values but {secondName} has {b.Count}; they must be equally long.", secondName);
        }
        return (a, b);
    }
}
