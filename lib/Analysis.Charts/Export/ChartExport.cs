using System.Text;
using System.Text.Json;
using Analysis.Charts.Export;

namespace Analysis.Charts;

/// <summary>
/// Exports charts to PNG and SVG with headless chromium and the local plotly.js (no network). A browser start costs
/// one to two seconds, so the batch methods (<see cref="SaveAll(IEnumerable{ExportRequest}, ExportOptions?)"/>, <see cref="RenderSvgs"/>,
/// <see cref="RenderPngs"/>) draw every chart on one page and export them all from a single browser run.
/// </summary>
public static class ChartExport
{
    /// <summary>Virtual time a page may use; idle time passes instantly, so a generous budget costs nothing.</summary>
    private const int VirtualTimeBudgetMs = 5000;

    /// <summary>Saves a PNG screenshot of the chart (chromium <c>--screenshot</c> at the export size).</summary>
    /// <exception cref="ChromiumNotFoundException">No browser is installed.</exception>
    /// <exception cref="PlotlyJsNotFoundException">plotly.js is not installed.</exception>
    public static void SavePng(Chart chart, string path, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= ExportOptions.Default;
        options.Validate();
        var browser = HeadlessChromium.Locate(options.ChromiumPath);
        var (width, height) = options.SizeOf(chart);
        var page = BatchPage.Build([new BatchPage.Item(chart.ToJson(), width, height, options.Scale, BatchPage.Action.Plot)], PlotlyJs.Locate());
        WithTempDirectory(dir =>
        {
            var html = Path.Combine(dir, "chart.html");
            var shot = Path.Combine(dir, "chart.png");
            File.WriteAllText(html, page, Utf8);
            browser.Screenshot(html, shot, width, height, options.Scale, VirtualTimeBudgetMs, options.Timeout);
            EnsureDirectory(path);
            File.Copy(shot, path, overwrite: true);
        });
    }

    /// <summary>Saves the chart as an SVG document (plotly's own vector export).</summary>
    /// <exception cref="ChromiumNotFoundException">No browser is installed.</exception>
    /// <exception cref="PlotlyJsNotFoundException">plotly.js is not installed.</exception>
    public static void SaveSvg(Chart chart, string path, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        SaveAll([ExportRequest.Svg(chart, path)], options);
    }

    /// <summary>Exports every request (PNG or SVG) from one browser run.</summary>
    /// <exception cref="ChromiumNotFoundException">No browser is installed.</exception>
    /// <exception cref="PlotlyJsNotFoundException">plotly.js is not installed.</exception>
    /// <exception cref="InvalidOperationException">plotly failed to draw a chart (the message has the browser's errors).</exception>
    public static void SaveAll(IEnumerable<ExportRequest> requests, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var list = requests.ToList();
        foreach (var request in list)
        {
            ArgumentNullException.ThrowIfNull(request, nameof(requests));
            ArgumentException.ThrowIfNullOrWhiteSpace(request.Path, nameof(requests));
        }
        foreach (var request in list) ArgumentNullException.ThrowIfNull(request.Chart, nameof(requests));
        Save(list.Select(r => (PlotlyFigure.From(r.Chart), r.Path, r.Format)).ToList(), options);
    }

    /// <summary>
    /// Exports figures given as plotly.js figure JSON (for example the <c>application/vnd.plotly.v1+json</c>
    /// outputs of an executed notebook) from one browser run.
    /// </summary>
    /// <exception cref="ChromiumNotFoundException">No browser is installed.</exception>
    /// <exception cref="PlotlyJsNotFoundException">plotly.js is not installed.</exception>
    public static void SaveAll(IEnumerable<FigureExportRequest> requests, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var list = requests.ToList();
        foreach (var request in list)
        {
            ArgumentNullException.ThrowIfNull(request, nameof(requests));
            ArgumentException.ThrowIfNullOrWhiteSpace(request.Path, nameof(requests));
        }
        Save(list.Select(r => (PlotlyFigure.Parse(r.FigureJson), r.Path, r.Format)).ToList(), options);
    }

    private static void Save(IReadOnlyList<(PlotlyFigure Figure, string Path, ImageFormat Format)> list, ExportOptions? options)
    {
        var results = Run(list.Select(r => (r.Figure, r.Format == ImageFormat.Png ? BatchPage.Action.Png : BatchPage.Action.Svg)).ToList(), options);
        for (var i = 0; i < list.Count; i++)
        {
            EnsureDirectory(list[i].Path);
            if (list[i].Format == ImageFormat.Png) File.WriteAllBytes(list[i].Path, DecodePng(results[i]));
            else File.WriteAllText(list[i].Path, DecodeSvg(results[i]), Utf8);
        }
    }

    /// <summary>Exports PNG files from one browser run.</summary>
    public static void SavePngs(IEnumerable<(Chart Chart, string Path)> charts, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(charts);
        SaveAll(charts.Select(c => ExportRequest.Png(c.Chart, c.Path)), options);
    }

    /// <summary>Exports SVG files from one browser run.</summary>
    public static void SaveSvgs(IEnumerable<(Chart Chart, string Path)> charts, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(charts);
        SaveAll(charts.Select(c => ExportRequest.Svg(c.Chart, c.Path)), options);
    }

    /// <summary>The chart as an SVG document string, e.g. to inline into a report.</summary>
    public static string RenderSvg(Chart chart, ExportOptions? options = null) => RenderSvgs([chart], options)[0];

    /// <summary>Every chart as an SVG document string, from one browser run; ids inside differ between charts.</summary>
    public static IReadOnlyList<string> RenderSvgs(IEnumerable<Chart> charts, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(charts);
        return Run(Figures(charts, BatchPage.Action.Svg), options).Select(DecodeSvg).ToArray();
    }

    /// <summary>Every chart as PNG bytes, from one browser run.</summary>
    public static IReadOnlyList<byte[]> RenderPngs(IEnumerable<Chart> charts, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(charts);
        return Run(Figures(charts, BatchPage.Action.Png), options).Select(DecodePng).ToArray();
    }

    /// <summary>Draws the charts and reports what plotly put into each DOM (for browser tests).</summary>
    internal static IReadOnlyList<ChartProbe> Probe(IEnumerable<Chart> charts, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(charts);
        return Run(Figures(charts, BatchPage.Action.Probe), options)
            .Select(json => JsonSerializer.Deserialize<ChartProbe>(json, JsonSerializerOptions.Web)!)
            .ToArray();
    }

    private static List<(PlotlyFigure, BatchPage.Action)> Figures(IEnumerable<Chart> charts, BatchPage.Action action) =>
        charts.Select(c => (PlotlyFigure.From(c ?? throw new ArgumentNullException(nameof(charts))), action)).ToList();

    private static IReadOnlyList<string> Run(IReadOnlyList<(PlotlyFigure Figure, BatchPage.Action Action)> jobs, ExportOptions? options)
    {
        options ??= ExportOptions.Default;
        options.Validate();
        if (jobs.Count == 0) return [];
        var browser = HeadlessChromium.Locate(options.ChromiumPath);
        var items = jobs.Select(j =>
        {
            var (width, height) = options.SizeOf(j.Figure);
            return new BatchPage.Item(j.Figure.Json, width, height, options.Scale, j.Action);
        }).ToList();
        var page = BatchPage.Build(items, PlotlyJs.Locate());

        BatchPage.Result? result = null;
        WithTempDirectory(dir =>
        {
            var html = Path.Combine(dir, "charts.html");
            File.WriteAllText(html, page, Utf8);
            result = BatchPage.Parse(browser.DumpDom(html, VirtualTimeBudgetMs + 1000 * items.Count, options.Timeout), items.Count);
        });

        var missing = Enumerable.Range(0, items.Count).Where(i => result!.Values[i] is null).ToList();
        if (result!.Errors.Count > 0 || missing.Count > 0 || !result.Finished)
        {
            throw new InvalidOperationException(
                $"plotly.js could not export {(missing.Count == 0 ? "all charts" : "chart(s) " + string.Join(", ", missing))}"
                + (result.Finished ? "" : " (the page did not finish in time)")
                + (result.Errors.Count > 0 ? ": " + string.Join("; ", result.Errors) : "."));
        }
        return result.Values.Select(v => v!).ToArray();
    }

    private static string DecodeSvg(string dataUrl)
    {
        const string base64Prefix = "data:image/svg+xml;base64,";
        const string plainPrefix = "data:image/svg+xml,";
        if (dataUrl.StartsWith(base64Prefix, StringComparison.Ordinal))
            return SvgRoot.Normalize(Encoding.UTF8.GetString(Convert.FromBase64String(dataUrl[base64Prefix.Length..])));
        if (dataUrl.StartsWith(plainPrefix, StringComparison.Ordinal))
            return SvgRoot.Normalize(Uri.UnescapeDataString(dataUrl[plainPrefix.Length..]));
        throw new InvalidOperationException($"plotly.js returned an unexpected SVG export: {Truncate(dataUrl)}");
    }

    private static byte[] DecodePng(string dataUrl)
    {
        const string prefix = "data:image/png;base64,";
        return dataUrl.StartsWith(prefix, StringComparison.Ordinal)
            ? Convert.FromBase64String(dataUrl[prefix.Length..])
            : throw new InvalidOperationException($"plotly.js returned an unexpected PNG export: {Truncate(dataUrl)}");
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static void EnsureDirectory(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    }

    private static void WithTempDirectory(Action<string> work)
    {
        var dir = Directory.CreateTempSubdirectory("analysis-charts-");
        try { work(dir.FullName); }
        finally { HeadlessChromium.TryDelete(dir.FullName); }
    }
}

/// <summary>What plotly drew for one chart: element counts found in its DOM.</summary>
internal sealed record ChartProbe(int MainSvg, int Bars, int Points, int Texts, int Heatmaps, string Title);
