using System.Globalization;
using System.Net;
using System.Text;
using Analysis.Tables;

namespace Analysis.Notebooks.Reporting;

/// <summary>The report's index page: what was extracted, each notebook's page and status, tables and images.</summary>
internal static class IndexPage
{
    private const string Style =
        "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222}" +
        "h1{font-size:1.6rem}table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left}" +
        ".ok{color:#1a7f37}.failed{color:#b42318;font-weight:600}.problem{background:#fff4f2;border-left:4px solid #b42318;padding:.5rem 1rem}" +
        "ul.images{columns:2}code{background:#f4f4f4;padding:0 .25rem}";

    public static void Write(ReportLayout layout, ReportOptions options, ExtractSummary extraction,
        IReadOnlyList<NotebookReport> notebooks, IReadOnlyList<ChartImage> images, IReadOnlyList<string> problems)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Analysis report</title>\n<style>")
            .Append(Style).Append("</style>\n</head>\n<body>\n<h1>Analysis report</h1>\n");
        html.Append("<p>Corpus <code>").Append(E(Path.GetFileName(Path.TrimEndingDirectorySeparator(options.Corpus))))
            .Append(CultureInfo.InvariantCulture, $"</code>: {extraction.Articles} articles extracted")
            .Append(extraction.Errors == 0
                ? ".</p>\n"
                : string.Create(CultureInfo.InvariantCulture, $", {extraction.Errors} input(s) skipped (see <a href=\"tables/errors.csv\">errors.csv</a>).</p>\n"));
        foreach (var problem in problems) html.Append("<p class=\"problem\">").Append(E(problem)).Append("</p>\n");

        html.Append("<h2>Notebooks</h2>\n<table>\n<tr><th>notebook</th><th>status</th><th>charts</th><th>executed notebook</th></tr>\n");
        foreach (var n in notebooks)
        {
            html.Append("<tr><td><a href=\"").Append(E(layout.Link(layout.Page(n.Name)))).Append("\">").Append(E(ReportBuilder.Title(n.Name))).Append("</a></td>")
                .Append(n.Success ? "<td class=\"ok\">ok</td>" : "<td class=\"failed\">failed: " + E(n.Error ?? "") + "</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{n.Charts}</td>")
                .Append("<td><a href=\"").Append(E(layout.Link(layout.Notebook(n.Name)))).Append("\">.ipynb</a></td></tr>\n");
        }
        html.Append("</table>\n<h2>Tables</h2>\n<ul>\n");
        foreach (var table in TableSet.AllFileNames)
            html.Append("<li><a href=\"tables/").Append(E(table)).Append("\">").Append(E(table)).Append("</a></li>\n");
        html.Append("</ul>\n");
        if (images.Count > 0)
        {
            html.Append("<h2>Chart images</h2>\n<ul class=\"images\">\n");
            foreach (var image in images)
                html.Append("<li>").Append(E(ReportBuilder.Title(image.Notebook))).Append(CultureInfo.InvariantCulture, $" {image.Number}: ")
                    .Append("<a href=\"").Append(E(layout.Link(image.Png))).Append("\">PNG</a> · ")
                    .Append("<a href=\"").Append(E(layout.Link(image.Svg))).Append("\">SVG</a></li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</body>\n</html>\n");
        File.WriteAllText(layout.Index, html.ToString(), new UTF8Encoding(false));
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
