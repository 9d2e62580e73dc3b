using System.Xml.Linq;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>
/// Counts what plotly drew into an exported SVG with the same selectors the page probe uses in the browser:
/// <c>.barlayer g.point path</c>, <c>.scatterlayer g.points path.point</c>, <c>.hm image</c>.
/// </summary>
internal static class SvgCounts
{
    public static PlotlyCounts Of(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        var bars = Within(root, "barlayer").SelectMany(l => l.Descendants()).Where(e => e.Name.LocalName == "g" && Has(e, "point"))
            .Sum(g => g.Elements().Count(p => p.Name.LocalName == "path"));
        var points = Within(root, "scatterlayer").SelectMany(l => l.Descendants()).Where(e => e.Name.LocalName == "g" && Has(e, "points"))
            .Sum(g => g.Elements().Count(p => p.Name.LocalName == "path" && Has(p, "point")));
        var heatmaps = Within(root, "hm").SelectMany(l => l.Descendants()).Count(e => e.Name.LocalName == "image");
        return new PlotlyCounts(bars, points, heatmaps);
    }

    private static IEnumerable<XElement> Within(XElement root, string layer) => root.Descendants().Where(e => Has(e, layer));

    private static bool Has(XElement element, string token) =>
        ((string?)element.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.Ordinal);
}
