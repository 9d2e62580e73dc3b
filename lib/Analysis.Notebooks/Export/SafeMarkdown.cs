using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Analysis.Notebooks.Export;

/// <summary>
/// Markdown → HTML for notebook prose that may quote article text: raw HTML is disabled (rendered as text) and link
/// targets other than http(s), mailto, fragments and relative paths (e.g. <c>javascript:</c>) are neutralised.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>Renders <paramref name="markdown"/> as an HTML fragment.</summary>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url, link.IsImage))
            {
                link.Url = "#";
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, isImage: false))
            {
                autolink.Url = "#";
            }
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>True for URLs that cannot run script: relative, fragment, http(s), mailto, and for images raster data URIs.</summary>
    public static bool IsSafeUrl(string? url, bool isImage)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }
        // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"), so strip them first.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true; // no scheme: relative path or fragment
        }
        var scheme = compact[..colon];
        if (SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        return isImage && scheme.Equals("data", StringComparison.OrdinalIgnoreCase)
            && compact.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
            && !compact.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase);
    }
}
