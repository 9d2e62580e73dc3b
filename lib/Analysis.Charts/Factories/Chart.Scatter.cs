namespace Analysis.Charts;

public sealed partial record Chart
{
    /// <summary>Points (or lines/text, by <paramref name="mode"/>) at (x, y); date x values get a date axis.</summary>
    /// <exception cref="ArgumentException">x and y have different lengths.</exception>
    public static Chart Scatter<TX, TY>(
        IEnumerable<TX> x, IEnumerable<TY> y, string? name = null, ScatterMode mode = ScatterMode.Markers)
    {
        var (xs, ys) = Pair(x, y);
        return FromTrace(new ScatterTrace { Name = name, Mode = mode, X = xs, Y = ys }, DateAxisFor<TX>(), null);
    }

    /// <summary>A line through (x, y) in the given order, e.g. mentions per day; date x values get a date axis.</summary>
    /// <param name="showMarkers">Whether each point also gets a marker (useful for sparse series).</param>
    /// <exception cref="ArgumentException">x and y have different lengths.</exception>
    public static Chart Line<TX, TY>(IEnumerable<TX> x, IEnumerable<TY> y, string? name = null, bool showMarkers = false)
    {
        var mode = showMarkers ? ScatterMode.Lines | ScatterMode.Markers : ScatterMode.Lines;
        return Scatter(x, y, name, mode);
    }
}
