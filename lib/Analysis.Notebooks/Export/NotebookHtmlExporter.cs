using System.Globalization;
using System.Net;
using System.Text;
using Analysis.Charts;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Export;

/// <summary>
/// Renders an executed notebook as one standalone, offline HTML page: markdown rendered safely, code shown with its
/// source, outputs inline, plotly.js inlined once for all charts. Deterministic: the same notebook always gives
/// the same bytes.
/// </summary>
public static partial class NotebookHtmlExporter
{
    /// <summary>The page for <paramref name="notebook"/>.</summary>
    /// <exception cref="PlotlyJsNotFoundException">The notebook has charts and plotly.js is not installed.</exception>
    public static string Export(Notebook notebook, HtmlExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new HtmlExportOptions();
        var page = new PageWriter(options);
        foreach (var cell in notebook.Cells)
        {
            page.Cell(cell);
        }
        return page.Complete(options.Title ?? TitleOf(notebook));
    }

    /// <summary>Writes the page for <paramref name="notebook"/> to <paramref name="path"/> (UTF-8, no BOM).</summary>
    public static void ExportToFile(Notebook notebook, string path, HtmlExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var html = Export(notebook, options);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string TitleOf(Notebook notebook)
    {
        foreach (var cell in notebook.Cells.Where(c => c.Kind == CellKind.Markdown))
        {
            foreach (var line in cell.Source.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith('#'))
                {
                    var title = trimmed.TrimStart('#').Trim();
                    if (title.Length > 0)
                    {
                        return title;
                    }
                }
            }
        }
        return "Notebook";
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? " ";
}
