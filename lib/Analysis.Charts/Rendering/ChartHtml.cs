using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Charts.Rendering;

/// <summary>
/// Turns charts into HTML. Everything embedded in a script element is escaped so that text from articles
/// (which can contain "&lt;/script&gt;") cannot end the script early and inject markup.
/// </summary>
internal static partial class ChartHtml
{
    public static string Fragment(Chart chart, string divId, bool includePlotlyJs)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ValidateDivId(divId);
        var html = new StringBuilder();
        if (includePlotlyJs) AppendGuardedLibrary(html);
        AppendPlot(html, chart, divId);
        return html.ToString();
    }

    public static string Page(Chart chart, string? title)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var pageTitle = title ?? chart.Layout.Title?.Text ?? "Chart";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(pageTitle)).Append("</title>\n")
            .Append("<style>body{margin:0;padding:16px;background:#fff;font-family:sans-serif}</style>\n");
        AppendLibrary(html);
        html.Append("</head>\n<body>\n");
        AppendPlot(html, chart, "chart");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The div and the <c>Plotly.newPlot</c> call for one chart.</summary>
    internal static void AppendPlot(StringBuilder html, Chart chart, string divId)
    {
        html.Append("<div id=\"").Append(divId).Append("\" class=\"analysis-chart\"></div>\n")
            .Append("<script>(function(){var fig=").Append(EscapeJsonForScript(chart.ToJson()))
            .Append(";Plotly.newPlot(document.getElementById(\"").Append(divId)
            .Append("\"),fig.data,fig.layout,fig.config);})();</script>\n");
    }

    /// <summary>plotly.js in a script element, evaluated unconditionally.</summary>
    internal static void AppendLibrary(StringBuilder html) =>
        html.Append("<script>").Append(EscapeScript(PlotlyJs.ReadScript())).Append("\n</script>\n");

    /// <summary>
    /// plotly.js evaluated only when no earlier output defined it, so a notebook with many self-contained
    /// chart outputs parses the library once and later charts do not replace the first instance.
    /// </summary>
    private static void AppendGuardedLibrary(StringBuilder html) =>
        html.Append("<script>if(typeof window.Plotly===\"undefined\"){\n")
            .Append(EscapeScript(PlotlyJs.ReadScript()))
            .Append("\n}</script>\n");

    /// <summary>
    /// Makes JSON safe inside a script element. '&lt;', '&gt;' and '&amp;' can only occur inside JSON strings, where
    /// their \u escapes mean the same; U+2028/U+2029 are escaped for older JavaScript parsers.
    /// </summary>
    internal static string EscapeJsonForScript(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var result = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            switch (c)
            {
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>
    /// Makes arbitrary script text safe inside a script element: "&lt;/script" and "&lt;!--" become "&lt;\/script" and
    /// "&lt;\!--", which mean the same inside JavaScript strings, regular expressions and comments.
    /// </summary>
    internal static string EscapeScript(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var escaped = ClosingScript().Replace(script, "<\\/");
        return escaped.Replace("<!--", "<\\!--", StringComparison.Ordinal);
    }

    private static void ValidateDivId(string divId)
    {
        ArgumentNullException.ThrowIfNull(divId);
        if (!DivIdPattern().IsMatch(divId))
        {
            throw new ArgumentException(
                $"Chart element id '{divId}' is not allowed: use a letter followed by letters, digits, '-' or '_'.",
                nameof(divId));
        }
    }

    [GeneratedRegex("</(?=script)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingScript();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DivIdPattern();
}
