using System.Text.Json;
using System.Text.RegularExpressions;
using Analysis.Charts.Export;

namespace Analysis.Charts.Tests;

/// <summary>
/// Draws every sample chart in one headless chromium run (browser starts are slow) and keeps what plotly drew.
/// CI installs chromium, so a missing browser fails these tests instead of skipping them.
/// </summary>
public sealed class ProbeFixture
{
    public ProbeFixture()
    {
        var samples = SampleCharts.All().ToList();
        var probes = ChartExport.Probe(samples.Select(s => s.Chart), new ExportOptions { Width = 700, Height = 450 });
        Results = samples.Select(s => s.Name).Zip(probes).ToDictionary(p => p.First, p => p.Second);
    }

    internal IReadOnlyDictionary<string, ChartProbe> Results { get; }
}

public sealed partial class BrowserTests(ProbeFixture fixture) : IClassFixture<ProbeFixture>
{
    [Theory]
    // name, bars, scatter points, text labels, heatmap images
    [InlineData("bar", 3, 0, 0, 0)]
    [InlineData("horizontal-bar", 3, 0, 0, 0)]
    [InlineData("grouped-bar", 6, 0, 0, 0)]
    [InlineData("stacked-bar", 6, 0, 0, 0)]
    [InlineData("line-dates", 0, 3, 0, 0)] // one of four values is missing: a gap, not a point
    [InlineData("scatter-text", 0, 3, 3, 0)]
    [InlineData("timeline", 0, 4, 4, 0)]
    [InlineData("spans", 5, 4, 0, 0)] // the closed range has a bar but no marker
    [InlineData("heatmap", 0, 0, 0, 1)]
    public void Plotly_draws_one_element_per_data_point(string name, int bars, int points, int texts, int heatmaps)
    {
        var probe = fixture.Results[name];
        Assert.True(probe.MainSvg >= 1, $"{name}: no .main-svg");
        Assert.Equal(bars, probe.Bars);
        Assert.Equal(points, probe.Points);
        Assert.Equal(texts, probe.Texts);
        Assert.Equal(heatmaps, probe.Heatmaps);
    }

    [Fact]
    public void Titles_are_drawn()
    {
        Assert.Equal("Mentions", fixture.Results["bar"].Title);
    }

    [Fact]
    public void Offline_page_renders_without_errors()
    {
        var page = SampleCharts.Spans().WithTitle("Casualty figures </script> <b>x</b>").ToHtmlPage();
        var result = RenderAndProbe(page);
        Assert.Empty(result.Errors);
        Assert.Equal([1], result.MainSvgPerChart);
        Assert.Equal([5], result.BarsPerChart);
    }

    [Fact]
    public void Fragments_inline_plotly_once_and_render_side_by_side()
    {
        var body = SampleCharts.Bar().ToHtmlFragment("first", includePlotlyJs: true)
            + SampleCharts.Grouped().ToHtmlFragment("second", includePlotlyJs: true)
            + SampleCharts.HorizontalBar().ToHtmlFragment("third", includePlotlyJs: false);
        var page = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{body}</body></html>";
        var result = RenderAndProbe(page);
        Assert.Empty(result.Errors);
        Assert.Equal([1, 1, 1], result.MainSvgPerChart);
        Assert.Equal([3, 6, 3], result.BarsPerChart);
        Assert.Equal(1, result.PlotlyEvaluations);
    }

    [Fact]
    public void Png_screenshot_decodes_at_the_requested_size_and_is_not_blank()
    {
        var dir = Directory.CreateTempSubdirectory("charts-test-").FullName;
        var path = Path.Combine(dir, "chart.png");
        ChartExport.SavePng(SampleCharts.Bar(), path, new ExportOptions { Width = 640, Height = 360 });
        var image = PngImage.Decode(File.ReadAllBytes(path));
        HeadlessChromium.TryDelete(dir);
        Assert.Equal((640, 360), (image.Width, image.Height));
        Assert.True(image.BrightnessVariance() > 50, $"image looks blank (variance {image.BrightnessVariance():0.0})");
    }

    [Fact]
    public void Batch_export_writes_every_file_in_one_run_and_svg_is_deterministic()
    {
        var dir = Directory.CreateTempSubdirectory("charts-batch-").FullName;
        var options = new ExportOptions { Width = 600, Height = 400, Scale = 2 };
        var requests = new[]
        {
            ExportRequest.Svg(SampleCharts.Bar(), Path.Combine(dir, "bar.svg")),
            ExportRequest.Png(SampleCharts.Line(), Path.Combine(dir, "nested", "line.png")),
            ExportRequest.Svg(SampleCharts.Timeline(), Path.Combine(dir, "timeline.svg")),
            ExportRequest.Png(SampleCharts.Heatmap(), Path.Combine(dir, "heatmap.png")),
        };
        ChartExport.SaveAll(requests, options);

        foreach (var svg in new[] { "bar.svg", "timeline.svg" })
        {
            var text = File.ReadAllText(Path.Combine(dir, svg));
            Assert.StartsWith("<svg", text);
            Assert.EndsWith("</svg>", text.TrimEnd());
        }
        Assert.Contains("Mentions", File.ReadAllText(Path.Combine(dir, "bar.svg")));
        foreach (var png in new[] { Path.Combine("nested", "line.png"), "heatmap.png" })
        {
            var image = PngImage.Decode(File.ReadAllBytes(Path.Combine(dir, png)));
            Assert.Equal((1200, 800), (image.Width, image.Height));
            Assert.True(image.BrightnessVariance() > 50, $"{png} looks blank");
        }

        // A separate run of the same chart (first position, same size) yields byte-identical SVG.
        var single = Path.Combine(dir, "single.svg");
        ChartExport.SaveSvg(SampleCharts.Bar(), single, options);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "bar.svg")), File.ReadAllText(single));
        HeadlessChromium.TryDelete(dir);
    }

    private sealed record PageProbe(string[] Errors, int[] MainSvgPerChart, int[] BarsPerChart, int PlotlyEvaluations);

    /// <summary>
    /// Renders a page with error capture injected before anything else and a probe that runs once plotly has drawn,
    /// counting what each chart div holds and how often plotly.js itself was evaluated.
    /// </summary>
    private static PageProbe RenderAndProbe(string page)
    {
        const string capture = "<script>window.__errors=[];window.__plotlyEvaluations=0;"
            + "window.onerror=function(m){__errors.push(String(m));};"
            + "window.addEventListener('unhandledrejection',function(e){__errors.push(String(e.reason));});"
            + "Object.defineProperty(window,'Plotly',{configurable:true,get:function(){return window.__p;},set:function(v){__plotlyEvaluations++;window.__p=v;}});"
            + "</script>";
        const string probe = "<script>setTimeout(function(){var d=document.querySelectorAll('.analysis-chart');"
            + "var r={errors:__errors,mainSvgPerChart:[],barsPerChart:[],plotlyEvaluations:__plotlyEvaluations};"
            + "d.forEach(function(e){r.mainSvgPerChart.push(e.querySelectorAll('.main-svg').length>0?1:0);"
            + "r.barsPerChart.push(e.querySelectorAll('.barlayer .point').length);});"
            + "var p=document.createElement('pre');p.id='probe';p.textContent=JSON.stringify(r);document.body.appendChild(p);},2000);</script>";
        var html = Regex.Replace(page, "<head>|<head [^>]*>", m => m.Value + capture, RegexOptions.None, TimeSpan.FromSeconds(5));
        html = html.Replace("</body>", probe + "</body>", StringComparison.Ordinal);
        var dir = Directory.CreateTempSubdirectory("charts-page-").FullName;
        try
        {
            var path = Path.Combine(dir, "page.html");
            File.WriteAllText(path, html);
            var dom = HeadlessChromium.Locate().DumpDom(path, 5000, TimeSpan.FromSeconds(60));
            var match = ProbeElement().Match(dom);
            Assert.True(match.Success, "the probe script did not run");
            return JsonSerializer.Deserialize<PageProbe>(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value), JsonSerializerOptions.Web)!;
        }
        finally
        {
            HeadlessChromium.TryDelete(dir);
        }
    }

    [GeneratedRegex("<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbeElement();
}
