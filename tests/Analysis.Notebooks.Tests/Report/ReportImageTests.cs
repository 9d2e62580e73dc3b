using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>The chart images of the seed report: one PNG and one SVG per chart, real pictures at the chart's size.</summary>
[Collection(ReportCollection.Name)]
public sealed class ReportImageTests(ReportFixture report)
{
    public static TheoryData<string, int> Charts()
    {
        // The seed notebooks' chart counts; a notebook that gains or loses a chart changes this list on purpose.
        var data = new TheoryData<string, int>();
        foreach (var (name, count) in new[] { ("figures", 2), ("people", 4), ("statements", 3) })
            for (var i = 1; i <= count; i++) data.Add(name, i);
        return data;
    }

    [Fact]
    public void Every_chart_has_exactly_one_png_and_one_svg()
    {
        var expected = ReportFixture.NotebookNames
            .SelectMany(n => Enumerable.Range(1, report.Figures(n).Count).Select(i => $"{n}-{i:00}"))
            .ToList();
        Assert.Equal(9, expected.Count);
        Assert.Equal(expected.Select(e => e + ".png"), report.Files("charts", ".png").Select(Path.GetFileName));
        Assert.Equal(expected.Select(e => e + ".svg"), report.Files("charts", ".svg").Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Png_decodes_at_the_chart_size_and_is_not_blank(string notebook, int number)
    {
        var path = report.Layout.Chart(notebook, number, "png");
        var image = PngImage.Decode(File.ReadAllBytes(path), Path.GetFileName(path));
        var layout = JsonNode.Parse(report.Figures(notebook)[number - 1])!["layout"];
        Assert.Equal(((int?)layout?["width"] ?? 900, (int?)layout?["height"] ?? 500), (image.Width, image.Height));
        Assert.True(image.BrightnessVariance() > 50, $"{path} looks blank (brightness variance {image.BrightnessVariance():0.0})");
        Assert.True(image.DistinctColours() > 16, $"{path} has only {image.DistinctColours()} colours");
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Svg_is_plotlys_drawing_of_the_chart(string notebook, int number)
    {
        var path = report.Layout.Chart(notebook, number, "svg");
        var svg = File.ReadAllText(path).Trim();
        Assert.True(svg.StartsWith("<svg", StringComparison.Ordinal) || svg.StartsWith("<?xml", StringComparison.Ordinal), $"{path} does not start with <svg");
        Assert.EndsWith("</svg>", svg, StringComparison.Ordinal);
        Assert.Contains("main-svg", svg, StringComparison.Ordinal);
        var expected = PlotlyCounts.Expected(report.Figures(notebook)[number - 1]);
        Assert.Equal(expected, SvgCounts.Of(svg));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67, 0x3E })]
    public void A_file_that_is_not_a_png_is_rejected(byte[] bytes)
    {
        Assert.ThrowsAny<Exception>(() => PngImage.Decode(bytes, "not.png"));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><g class=\"main-svg\"/></svg>", 0, 0, 0)]
    [InlineData("<svg><g class=\"barlayer mlayer\"><g class=\"trace bars\"><g class=\"points\"><g class=\"point\"><path/></g><g class=\"point\"><path/></g></g></g></g></svg>", 2, 0, 0)]
    [InlineData("<svg><g class=\"scatterlayer\"><g class=\"points\"><path class=\"point plotly-customdata\"/><path class=\"pointx\"/></g></g><g class=\"hm\"><image/></g></svg>", 0, 1, 1)]
    public void Svg_counts_use_the_browser_selectors(string svg, int bars, int points, int heatmaps)
    {
        Assert.Equal(new PlotlyCounts(bars, points, heatmaps), SvgCounts.Of(svg));
    }

    [Fact]
    public void A_single_colour_png_counts_as_blank()
    {
        var blank = new PngImage(4, 4, 3, new byte[4 * 4 * 3]);
        Assert.Equal(0, blank.BrightnessVariance());
        Assert.Equal(1, blank.DistinctColours());
    }
}
