using System.Globalization;
using System.Net;
using Analysis.Frames;

namespace Analysis.Charts;

/// <summary>
/// Frame → chart in one call: <c>frame.ToBarChart("person", "mentions")</c>. Axis titles are the column names;
/// groups keep the order in which they first appear in the frame, so charts follow the frame's sort order.
/// </summary>
public static class DataFrameChartExtensions
{
    /// <summary>Vertical bars: one per row, category from <paramref name="x"/>, height from the numeric <paramref name="y"/>.</summary>
    /// <exception cref="KeyNotFoundException">A column does not exist.</exception>
    /// <exception cref="ArgumentException"><paramref name="y"/> is not numeric.</exception>
    public static Chart ToBarChart(this DataFrame frame, string x, string y)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (xs, ys) = (Values(frame, x), NumericValues(frame, y));
        return Chart.Bar(xs, ys, y).WithXAxisTitle(x).WithYAxisTitle(y);
    }

    /// <summary>Grouped bars: one trace (colour) per distinct value of <paramref name="groupBy"/>.</summary>
    public static Chart ToBarChart(this DataFrame frame, string x, string y, string groupBy) =>
        Grouped(frame, x, y, groupBy, BarMode.Group);

    /// <summary>Stacked bars: one trace per distinct value of <paramref name="groupBy"/>, stacked per x category.</summary>
    public static Chart ToStackedBarChart(this DataFrame frame, string x, string y, string groupBy) =>
        Grouped(frame, x, y, groupBy, BarMode.Stack);

    /// <summary>A line over dates (sorted by date), one line per distinct <paramref name="groupBy"/> value when given.</summary>
    /// <exception cref="ArgumentException"><paramref name="y"/> is not numeric.</exception>
    public static Chart ToLineChart(this DataFrame frame, string dateColumn, string y, string? groupBy = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var dates = Values(frame, dateColumn);
        var values = NumericValues(frame, y);
        var groups = groupBy is null ? null : Values(frame, groupBy);
        var isDate = frame[dateColumn].DataType == typeof(DateOnly) || frame[dateColumn].DataType == typeof(DateTime);
        var charts = GroupRows(frame.RowCount, groups).Select(g =>
        {
            var rows = g.Rows.Where(i => dates[i] is not null).OrderBy(i => dates[i], ValueComparer.Instance).ToArray();
            return Chart.Line(rows.Select(i => dates[i]), rows.Select(i => values[i]), g.Name ?? y, showMarkers: true);
        }).ToList();
        if (charts.Count == 0) charts.Add(Chart.Line(Array.Empty<object?>(), Array.Empty<object?>(), y));
        var chart = Chart.Combine(charts).WithXAxisTitle(dateColumn).WithYAxisTitle(y);
        if (isDate) chart = chart.WithXAxisType(AxisType.Date);
        return groupBy is null ? chart : chart.WithLegend(new Legend { Title = new Title(groupBy) });
    }

    /// <summary>
    /// A heatmap pivoting <paramref name="valueColumn"/> by <paramref name="rowColumn"/> (y) and
    /// <paramref name="columnColumn"/> (x); rows with the same pair are summed, absent pairs stay empty.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="valueColumn"/> is not numeric.</exception>
    public static Chart ToHeatmap(this DataFrame frame, string rowColumn, string columnColumn, string valueColumn)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var rowKeys = Values(frame, rowColumn);
        var columnKeys = Values(frame, columnColumn);
        var values = NumericValues(frame, valueColumn);
        var rowOrder = rowKeys.Distinct().ToList();
        var columnOrder = columnKeys.Distinct().ToList();
        var z = rowOrder.Select(_ => new double?[columnOrder.Count]).ToArray();
        for (var i = 0; i < frame.RowCount; i++)
        {
            if (values[i] is not { } boxed) continue;
            var v = Convert.ToDouble(boxed, CultureInfo.InvariantCulture);
            ref var cell = ref z[rowOrder.IndexOf(rowKeys[i])][columnOrder.IndexOf(columnKeys[i])];
            cell = (cell ?? 0) + v;
        }
        return Chart.Heatmap(columnOrder, rowOrder, z).WithXAxisTitle(columnColumn).WithYAxisTitle(rowColumn);
    }

    /// <summary>
    /// A categorical timeline: a marker per row at its date in the row of its category, labelled with
    /// <paramref name="labelColumn"/>; hover shows "column: value" for each of <paramref name="hoverColumns"/>
    /// (HTML-encoded, so article text shows literally).
    /// </summary>
    public static Chart ToTimeline(
        this DataFrame frame, string dateColumn, string categoryColumn, string labelColumn, params string[] hoverColumns)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(hoverColumns);
        var dates = Values(frame, dateColumn);
        var categories = Values(frame, categoryColumn).Select(Text).ToArray();
        var labels = Values(frame, labelColumn).Select(Text).ToArray();
        var hover = hoverColumns.Select(c => (Name: c, Values: Values(frame, c))).ToArray();
        var rows = Enumerable.Range(0, frame.RowCount).Where(i => dates[i] is not null).ToArray();
        string? HoverText(int i) => hover.Length == 0
            ? null
            : string.Join("<br>", hover.Select(h => $"{WebUtility.HtmlEncode(h.Name)}: {WebUtility.HtmlEncode(Text(h.Values[i]))}"));
        return Chart.Timeline(
            rows.Select(i => dates[i]),
            rows.Select(i => categories[i]),
            rows.Select(i => (string?)labels[i]),
            hover.Length == 0 ? null : rows.Select(HoverText));
    }

    private static Chart Grouped(DataFrame frame, string x, string y, string groupBy, BarMode mode)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (xs, ys, groups) = (Values(frame, x), NumericValues(frame, y), Values(frame, groupBy));
        var charts = GroupRows(frame.RowCount, groups)
            .Select(g => Chart.Bar(g.Rows.Select(i => xs[i]), g.Rows.Select(i => ys[i]), g.Name))
            .ToList();
        if (charts.Count == 0) charts.Add(Chart.Bar(Array.Empty<object?>(), Array.Empty<object?>(), y));
        return Chart.Combine(charts).WithBarMode(mode).WithXAxisTitle(x).WithYAxisTitle(y)
            .WithLegend(new Legend { Title = new Title(groupBy) });
    }

    /// <summary>Row indexes per group in order of first appearance; one unnamed group when there is no grouping.</summary>
    private static IEnumerable<(string? Name, IReadOnlyList<int> Rows)> GroupRows(int rowCount, object?[]? groups)
    {
        if (groups is null)
        {
            if (rowCount > 0) yield return (null, Enumerable.Range(0, rowCount).ToArray());
            yield break;
        }
        var names = groups.Select(Text).ToArray();
        foreach (var name in names.Distinct())
        {
            yield return (name, Enumerable.Range(0, rowCount).Where(i => names[i] == name).ToArray());
        }
    }

    private static object?[] Values(DataFrame frame, string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var data = frame[column];
        return Enumerable.Range(0, data.Length).Select(i => data[i]).ToArray();
    }

    /// <summary>The column's values (longs stay longs, so the JSON shows 5, not 5.0), after checking they are numeric.</summary>
    private static object?[] NumericValues(DataFrame frame, string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var data = frame[column];
        if (data.DataType != typeof(long) && data.DataType != typeof(double))
        {
            throw new ArgumentException(
                $"Column '{column}' holds {data.DataType.Name} values; a chart needs a numeric column (long or double) here.",
                nameof(column));
        }
        return Values(frame, column);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Orders boxed values of one column (dates, numbers, strings) without culture.</summary>
    private sealed class ValueComparer : IComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public int Compare(object? a, object? b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string s, string t) => string.CompareOrdinal(s, t),
            (IComparable c, _) when a.GetType() == b.GetType() => c.CompareTo(b),
            _ => string.CompareOrdinal(Text(a), Text(b)),
        };
    }
}
