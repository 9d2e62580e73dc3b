using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Analysis.Charts;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Export;

public static partial class NotebookHtmlExporter
{
    /// <summary>Accumulates the body and knows whether plotly.js is needed in the head.</summary>
    private sealed partial class PageWriter(HtmlExportOptions options)
    {
        private readonly StringBuilder _body = new();
        private int _charts;

        public void Cell(NotebookCell cell)
        {
            switch (cell.Kind)
            {
                case CellKind.Markdown:
                    _body.Append("<section class=\"cell markdown\">\n").Append(SafeMarkdown.ToHtml(cell.Source)).Append("</section>\n");
                    break;
                case CellKind.Code:
                    CodeCell(cell);
                    break;
                default:
                    _body.Append("<section class=\"cell raw\"><pre>").Append(Escape(cell.Source)).Append("</pre></section>\n");
                    break;
            }
        }

        private void CodeCell(NotebookCell cell)
        {
            if (!options.IncludeCode && cell.Outputs.Count == 0)
            {
                return;
            }
            _body.Append("<section class=\"cell code\" id=\"").Append(Escape(cell.Id)).Append("\">\n");
            if (options.IncludeCode)
            {
                _body.Append("<div class=\"input\"><div class=\"prompt\">In [").Append(Count(cell.ExecutionCount)).Append("]:</div>")
                    .Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(Escape(cell.Source)).Append("</code></pre></div>\n");
            }
            foreach (var output in cell.Outputs)
            {
                _body.Append("<div class=\"output\">");
                Output(output);
                _body.Append("</div>\n");
            }
            _body.Append("</section>\n");
        }

        private void Output(CellOutput output)
        {
            switch (output)
            {
                case StreamOutput stream:
                    _body.Append("<pre class=\"stream ").Append(stream.Name == StreamOutput.StdErr ? "stderr" : "stdout").Append("\">")
                        .Append(Escape(stream.Text)).Append("</pre>");
                    break;
                case ErrorOutput error:
                    _body.Append("<pre class=\"error\"><strong>").Append(Escape(error.EName)).Append(": ").Append(Escape(error.EValue))
                        .Append("</strong>\n").Append(Escape(StripAnsi(string.Join("\n", error.Traceback)))).Append("</pre>");
                    break;
                case DisplayDataOutput display:
                    Bundle(display.Data);
                    break;
                case ExecuteResultOutput result:
                    Bundle(result.Data);
                    break;
            }
        }

        // Richest representation first, as Jupyter front ends choose.
        private void Bundle(MimeBundle data)
        {
            if (data.TryGetValue(MimeBundle.Plotly, out var figure))
            {
                var id = "nb-chart-" + (++_charts).ToString(CultureInfo.InvariantCulture);
                _body.Append("<div id=\"").Append(id).Append("\" class=\"analysis-chart\"></div>")
                    .Append("<script>(function(){var fig=").Append(EscapeJsonForScript(figure))
                    .Append(";Plotly.newPlot(document.getElementById(\"").Append(id).Append("\"),fig.data,fig.layout||{},fig.config||{});})();</script>");
            }
            else if (data.TryGetValue(MimeBundle.TextHtml, out var html))
            {
                _body.Append(html); // Produced by the notebook's own code (frames escape their cells), so trusted.
            }
            else if (data.TryGetValue("image/svg+xml", out var svg))
            {
                Image("image/svg+xml", Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
            }
            else if (data.TryGetValue("image/png", out var png))
            {
                Image("image/png", png);
            }
            else if (data.TryGetValue("image/jpeg", out var jpeg))
            {
                Image("image/jpeg", jpeg);
            }
            else if (data.TryGetValue(MimeBundle.TextMarkdown, out var markdown))
            {
                _body.Append("<div class=\"markdown\">").Append(SafeMarkdown.ToHtml(markdown)).Append("</div>");
            }
            else if (data.TryGetValue(MimeBundle.TextPlain, out var text))
            {
                _body.Append("<pre class=\"result\">").Append(Escape(text)).Append("</pre>");
            }
            else if (data.Count > 0)
            {
                var (mime, content) = data.First();
                _body.Append("<pre class=\"result\" data-mime=\"").Append(Escape(mime)).Append("\">").Append(Escape(content)).Append("</pre>");
            }
        }

        private void Image(string mime, string base64)
        {
            var compact = string.Concat(base64.Where(c => !char.IsWhiteSpace(c)));
            if (!Base64().IsMatch(compact))
            {
                _body.Append("<pre class=\"error\">").Append(Escape(mime)).Append(" output is not valid base64</pre>");
                return;
            }
            _body.Append("<img alt=\"output\" src=\"data:").Append(mime).Append(";base64,").Append(compact).Append("\">");
        }

        public string Complete(string title)
        {
            var page = new StringBuilder();
            page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<title>").Append(Escape(title)).Append("</title>\n")
                .Append("<style>\n").Append(Stylesheet).Append("</style>\n");
            string? missing = null;
            if (_charts > 0)
            {
                // Without plotly.js the page is still written (prose, tables, text outputs); the charts say why they are blank.
                try { page.Append("<script>").Append(EscapeForScript(PlotlyJs.ReadScript())).Append("\n</script>\n"); }
                catch (PlotlyJsNotFoundException e) { missing = e.Message; }
            }
            page.Append("</head>\n<body>\n<main class=\"notebook\">\n");
            if (missing is not null)
                page.Append("<p class=\"error plotly-missing\">Charts cannot be drawn: ").Append(Escape(missing)).Append("</p>\n");
            page.Append(_body).Append("</main>\n</body>\n</html>\n");
            return page.ToString();
        }

        /// <summary>Text inside a script element must not contain "&lt;/script" or "&lt;!--"; "&lt;\/" means the same in JS strings and regexes.</summary>
        private static string EscapeForScript(string script) =>
            ScriptBreak().Replace(script, m => "<\\" + m.Value[1..]).Replace("<!--", "<\\!--", StringComparison.Ordinal)
                .Replace("\u2028", "\\u2028", StringComparison.Ordinal).Replace("\u2029", "\\u2029", StringComparison.Ordinal);

        /// <summary>In JSON, '&lt;', '&gt;' and '&amp;' only occur inside strings, where their \u escapes mean the same.</summary>
        private static string EscapeJsonForScript(string json)
        {
            var result = new StringBuilder(json.Length + 16);
            foreach (var c in json)
            {
                if (c is '<' or '>' or '&' or '\u2028' or '\u2029')
                {
                    result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    result.Append(c);
                }
            }
            return result.ToString();
        }

        private static string StripAnsi(string text) => Ansi().Replace(text, "");

        [GeneratedRegex("</(?=script)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex ScriptBreak();

        [GeneratedRegex("\u001b\\[[0-9;]*[A-Za-z]", RegexOptions.CultureInvariant)]
        private static partial Regex Ansi();

        [GeneratedRegex("^[A-Za-z0-9+/]*={0,2}$", RegexOptions.CultureInvariant)]
        private static partial Regex Base64();

        private const string Stylesheet = """
            body{margin:0;background:#fafafa;color:#1f2328;font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif}
            main.notebook{max-width:1100px;margin:0 auto;padding:24px}
            .cell{margin:0 0 18px}
            .cell.markdown{padding:0 4px}
            .cell.markdown table{border-collapse:collapse}
            .cell.markdown td,.cell.markdown th{border:1px solid #d0d7de;padding:3px 8px}
            .input{display:flex;gap:8px}
            .prompt{color:#57606a;font:12px/1.9 ui-monospace,monospace;min-width:56px;text-align:right}
            pre{margin:0;white-space:pre-wrap;word-wrap:break-word;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace}
            pre.source{flex:1;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px 10px;overflow-x:auto}
            .output{margin:6px 0 0 64px;overflow-x:auto}
            pre.stderr{background:#fff8c5;padding:4px 8px}
            pre.error{background:#ffebe9;border-left:4px solid #cf222e;color:#82071e;padding:6px 10px}
            .analysis-chart{min-height:420px}

            """;
    }
}
