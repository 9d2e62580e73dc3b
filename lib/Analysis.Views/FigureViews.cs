using System.Globalization;
using SortKey = Analysis.Frames.SortKey;
using Analysis.Charts;
using Analysis.Frames;

namespace Analysis.Views;

/// <summary>
/// Casualty and troop figures as reported: by article date and source, keeping their hedges
/// ("at least 1,100" never looks like an exact 1,100).
/// </summary>
public static class FigureViews
{
    /// <summary>Marker symbol per qualifier: filled for exact, open for hedged, triangles for bounds.</summary>
    public static IReadOnlyDictionary<string, string> QualifierSymbols { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["exact"] = "diamond",
        ["approximately"] = "circle-open",
        ["at least"] = "triangle-up",
        ["more than"] = "triangle-up-open",
        ["at most"] = "triangle-down",
        ["fewer than"] = "triangle-down-open",
        ["range"] = "line-ns-open",
        ["vague"] = "square-open",
    };

    /// <summary>
    /// Casualty and troop figures with their article's date and outlet:
    /// <c>published, outlet, article_id, category, measure, qualifier, low, high, who, where, source, text</c>.
    /// </summary>
    public static DataFrame ReportedFigures(this Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Figures
            .Filter<string>("category", c => c is "casualties" or "troops")
            .Join(corpus.Articles.Select("article_id", "published", "outlet"), "article_id", JoinKind.Left)
            .SortBy(SortKey.Asc("published"), SortKey.Asc("article_id"), SortKey.Asc("start"))
            .Select("published", "outlet", "article_id", "category", "measure", "qualifier", "low", "high", "who", "where", "source", "text");
    }

    /// <summary>
    /// One row per figure as a span: exact values are diamonds, approximate ones open circles,
    /// "at least"/"more than" open-ended hatched bars, ranges solid bars. Vague figures with no
    /// conservative count ("some", "a small number") cannot be drawn and are left out.
    /// </summary>
    public static Chart FigureRanges(this Corpus corpus)
    {
        var figures = corpus.ReportedFigures();
        var ranges = figures.Rows.Select(ToRange).OfType<ValueRange>().ToArray();
        if (ranges.Length == 0) ranges = [ValueRange.Exact("(no figures)", 0)];
        return Chart.Spans(ranges)
            .WithTitle("Reported figures and their hedges")
            .WithXAxisTitle("people")
            .WithHeight(ViewSizes.RowsHeight(ranges.Length));
    }

    /// <summary>
    /// Figures over time: x is the article's publication date, y the reported number (log scale),
    /// one marker symbol per qualifier; hover shows the phrase, its source and outlet.
    /// </summary>
    public static Chart FiguresOverTime(this Corpus corpus)
    {
        var figures = corpus.ReportedFigures().Filter(r => Value(r) is not null && r.Get<DateOnly?>("published") is not null);
        var groups = figures.Rows.GroupBy(r => r.Get<string>("qualifier") ?? "").OrderBy(g => g.Key, StringComparer.Ordinal);
        var charts = groups.Select(g =>
        {
            var rows = g.ToArray();
            return Chart.Scatter(rows.Select(r => r.Get<DateOnly>("published")), rows.Select(r => Value(r)!.Value), g.Key, ScatterMode.Markers)
                .WithMarkerSymbol(QualifierSymbols.GetValueOrDefault(g.Key, "circle"))
                .WithMarkerSize(12)
                .WithText(rows.Select(Hover))
                .WithHoverTemplate("%{x|%Y-%m-%d}: <b>%{y:,}</b><br>%{text}<extra>" + g.Key + "</extra>");
        }).ToList();
        if (charts.Count == 0) charts.Add(Chart.Scatter(Array.Empty<DateOnly>(), Array.Empty<double>(), "no figures", ScatterMode.Markers));
        return Chart.Combine(charts)
            .WithTitle("Figures by article date (symbol = hedge)")
            .WithXAxisType(AxisType.Date)
            .WithYAxisType(AxisType.Log)
            .WithXAxisTitle("published")
            .WithYAxisTitle("reported number")
            .WithLegend(new Legend { Title = new Title("qualifier") });
    }

    private static double? Value(DataRow r) => r.Get<long?>("low") ?? r.Get<long?>("high");

    private static string Hover(DataRow r) => System.Net.WebUtility.HtmlEncode(
        $"{r.Get<string>("category")} ({r.Get<string>("measure")}): “{r.Get<string>("text")}”"
        + (r.Get<string>("source") is { Length: > 0 } s ? $" — {s}" : "")
        + (r.Get<string>("outlet") is { Length: > 0 } o ? $" [{o}]" : ""));

    private static ValueRange? ToRange(DataRow r)
    {
        var label = Label(r);
        long? low = r.Get<long?>("low"), high = r.Get<long?>("high");
        return r.Get<string>("qualifier") switch
        {
            "exact" when low is { } v => ValueRange.Exact(label, v),
            "approximately" when low is { } v => ValueRange.About(label, v),
            "at least" or "more than" or "vague" when low is { } v => ValueRange.AtLeast(label, v),
            "at most" or "fewer than" when high is { } v => ValueRange.AtMost(label, v),
            "range" when low is { } a && high is { } b => ValueRange.Between(label, a, b),
            _ => null,
        };
    }

    private static string Label(DataRow r)
    {
        var date = r.Get<DateOnly?>("published") is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
        var text = r.Get<string>("text") ?? "";
        if (text.Length > 48) text = text[..47] + "…";
        return $"{date} {r.Get<string>("outlet")}: {text}";
    }
}
