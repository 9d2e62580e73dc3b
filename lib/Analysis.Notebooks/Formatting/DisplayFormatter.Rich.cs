using System.Globalization;
using Analysis.Charts;
using Analysis.Frames;
using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Formatting;

public sealed partial class DisplayFormatter
{
    // Frames and charts get rich renderings (see the Analysis.Frames and Analysis.Charts contracts).
    private MimeBundle? FormatRich(object value) => value switch
    {
        DataFrame frame => MimeBundle.Of((MimeBundle.TextHtml, frame.ToHtml()), (MimeBundle.TextPlain, frame.ToString())),
        Chart chart => FormatChart(chart),
        _ => null,
    };

    private MimeBundle FormatChart(Chart chart)
    {
        var id = NextChartId(out var first);
        string html;
        try
        {
            // Front ends that render the plotly mime type ignore the HTML; the others (nbconvert, GitHub, plain
            // Jupyter without the renderer) need plotly.js, inlined once per session to keep notebooks small.
            html = chart.ToHtmlFragment(id, includePlotlyJs: first);
        }
        catch (PlotlyJsNotFoundException)
        {
            html = chart.ToHtmlFragment(id, includePlotlyJs: false);
        }
        return MimeBundle.Of(
            (MimeBundle.Plotly, chart.ToJson()),
            (MimeBundle.TextHtml, html),
            (MimeBundle.TextPlain, ChartSummary(chart)));
    }

    /// <summary>A one-line description of a chart for plain-text front ends, e.g. <c>Chart: bar, 2 traces, "Mentions"</c>.</summary>
    public static string ChartSummary(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var types = string.Join("+", chart.Data.Select(t => t.Type).Distinct(StringComparer.Ordinal));
        var traces = chart.Data.Count.ToString(CultureInfo.InvariantCulture) + (chart.Data.Count == 1 ? " trace" : " traces");
        var title = chart.Layout.Title?.Text is { Length: > 0 } text ? ", \"" + text + "\"" : "";
        return $"Chart: {(types.Length == 0 ? "empty" : types)}, {traces}{title}";
    }
}
