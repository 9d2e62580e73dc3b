using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Analysis.Articles;

/// <summary>
/// The readable text of an HTML article: scripts, styles and other non-content elements are
/// dropped, block elements become line breaks, entities are decoded.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "template", "head", "nav", "footer", "svg", "iframe", "form", "button" };
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "tr", "header", "figcaption", "pre", "ul", "ol", "table" };

    /// <summary>Extracts text and the page title from HTML.</summary>
    public static (string Text, string Title) Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var sb = new StringBuilder();
        if (document.Body is { } body) Append(body, sb);
        var lines = sb.ToString().Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)));
        var text = string.Join('\n', lines.Where(l => l.Length > 0));
        return (text, document.Title?.Trim() ?? "");
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data.Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    if (block) sb.Append('\n');
                    Append(e, sb);
                    if (block) sb.Append('\n');
                    break;
            }
        }
    }
}
