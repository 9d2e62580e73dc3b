using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Charts.Export;

/// <summary>
/// Puts the attributes of an SVG document's root element in name order. plotly serialises the
/// root's attributes in the order the browser happened to set them (style before or after
/// viewBox), which made otherwise identical exports differ between runs.
/// </summary>
internal static partial class SvgRoot
{
    [GeneratedRegex(@"\G\s*(?<name>[^\s=/>]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')")]
    private static partial Regex Attribute();

    public static string Normalize(string svg)
    {
        var open = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (open < 0) return svg;
        var attributes = new List<(string Name, string Value)>();
        var at = open + 4;
        for (var m = Attribute().Match(svg, at); m.Success; m = Attribute().Match(svg, at))
        {
            attributes.Add((m.Groups["name"].Value, m.Groups["value"].Value));
            at = m.Index + m.Length;
        }
        var rest = svg.AsSpan(at).TrimStart();
        if (!(rest.StartsWith(">") || rest.StartsWith("/>"))) return svg;   // not a shape we understand: leave it alone
        var sb = new StringBuilder(svg.Length);
        sb.Append(svg, 0, open).Append("<svg");
        foreach (var (name, value) in attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
            sb.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
        sb.Append(rest);
        return sb.ToString();
    }
}
