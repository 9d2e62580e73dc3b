using System.Globalization;
using System.Text;
using Analysis.Frames.Internal;

namespace Analysis.Frames.Presentation;

/// <summary>
/// HTML preview: a <c>table.analysis-frame</c> with a small class-scoped style block (readable in Jupyter, VS Code and
/// static reports, light or dark), names and types in the header, row numbers, and a caption with the shape.
/// Every name and cell is HTML-escaped.
/// </summary>
internal static class HtmlRenderer
{
    private const int MaxCellLength = 500;

    private const string Style =
        "<style>" +
        "table.analysis-frame{border-collapse:collapse;font-size:13px;margin:0.25em 0;font-variant-numeric:tabular-nums}" +
        "table.analysis-frame caption{caption-side:bottom;text-align:left;opacity:0.7;padding-top:0.3em;font-size:12px}" +
        "table.analysis-frame th,table.analysis-frame td{padding:0.2em 0.7em;text-align:left;vertical-align:top;" +
        "border-bottom:1px solid rgba(127,127,127,0.25);max-width:40em;white-space:pre-wrap;overflow-wrap:anywhere}" +
        "table.analysis-frame thead th{border-bottom:2px solid rgba(127,127,127,0.6);font-weight:600;white-space:nowrap}" +
        "table.analysis-frame thead th small{display:block;font-weight:normal;opacity:0.6}" +
        "table.analysis-frame td.num{text-align:right}" +
        "table.analysis-frame td.na{opacity:0.45;font-style:italic}" +
        "table.analysis-frame th.row{font-weight:normal;opacity:0.5;text-align:right}" +
        "table.analysis-frame tbody tr:nth-child(even){background:rgba(127,127,127,0.07)}" +
        "</style>";

    public static string Render(DataFrame frame, int maxRows)
    {
        var shown = Math.Min(maxRows, frame.RowCount);
        var html = new StringBuilder();
        html.Append(Style).Append('\n');
        html.Append("<table class=\"analysis-frame\">\n<caption>").Append(Encode(CellText.Shape(frame)));
        if (shown < frame.RowCount)
        {
            html.Append(Encode($" (first {shown.ToString("N0", CultureInfo.InvariantCulture)} shown)"));
        }

        html.Append("</caption>\n<thead><tr><th></th>");
        foreach (var column in frame.Columns)
        {
            html.Append("<th>").Append(Encode(column.Name))
                .Append("<small>").Append(Encode(ColumnTypes.DisplayName(column.DataType))).Append("</small></th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < shown; r++)
        {
            html.Append("<tr><th class=\"row\">").Append(r.ToString(CultureInfo.InvariantCulture)).Append("</th>");
            foreach (var column in frame.Columns)
            {
                var classes = column.IsMissing(r) ? "na" : CellText.IsRightAligned(column) ? "num" : null;
                html.Append(classes is null ? "<td>" : $"<td class=\"{classes}\">")
                    .Append(Encode(CellText.Cell(column, r, MaxCellLength, oneLine: false)))
                    .Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>");
        return html.ToString();
    }

    /// <summary>
    /// Escapes the five HTML-significant characters only; unlike WebUtility.HtmlEncode it leaves "×", "é" and other
    /// text as is, so the markup stays readable in reports and diffs.
    /// </summary>
    private static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? (object)c);
        }

        return builder.ToString();
    }
}
