using Analysis.Charts.Export;
namespace Analysis.Charts;

/// <summary>How charts are exported to images.</summary>
public sealed record ExportOptions
{
    /// <summary>The defaults: chart size (or 900×500), scale 1, 60 s time-out, browser found automatically.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>Image width in pixels; null uses the chart's layout width or <see cref="DefaultWidth"/>.</summary>
    public int? Width { get; init; }

    /// <summary>Image height in pixels; null uses the chart's layout height or <see cref="DefaultHeight"/>.</summary>
    public int? Height { get; init; }

    /// <summary>PNG pixel ratio (2 gives crisp images on high-density screens and in print).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>The longest one browser run may take before it is killed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>An explicit chromium executable; null searches ANALYSIS_CHROMIUM, then PATH.</summary>
    public string? ChromiumPath { get; init; }

    /// <summary>Width used when neither the options nor the chart set one.</summary>
    public const int DefaultWidth = 900;

    /// <summary>Height used when neither the options nor the chart set one.</summary>
    public const int DefaultHeight = 500;

    internal (int Width, int Height) SizeOf(Chart chart) =>
        (Width ?? chart.Layout.Width ?? DefaultWidth, Height ?? chart.Layout.Height ?? DefaultHeight);

    internal (int Width, int Height) SizeOf(PlotlyFigure figure) =>
        (Width ?? figure.Width ?? DefaultWidth, Height ?? figure.Height ?? DefaultHeight);

    internal void Validate()
    {
        if (Width is <= 0) throw new ArgumentOutOfRangeException(nameof(Width), Width, "Width must be positive.");
        if (Height is <= 0) throw new ArgumentOutOfRangeException(nameof(Height), Height, "Height must be positive.");
        if (!(Scale > 0 && Scale <= 8)) throw new ArgumentOutOfRangeException(nameof(Scale), Scale, "Scale must be in (0, 8].");
        if (Timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must be positive.");
    }
}

/// <summary>One chart to export in a batch: where to write it and in which format.</summary>
/// <param name="Chart">The chart.</param>
/// <param name="Path">The output file; its directory is created when missing.</param>
/// <param name="Format">PNG or SVG.</param>
public sealed record ExportRequest(Chart Chart, string Path, ImageFormat Format)
{
    /// <summary>An SVG export request.</summary>
    public static ExportRequest Svg(Chart chart, string path) => new(chart, path, ImageFormat.Svg);

    /// <summary>A PNG export request.</summary>
    public static ExportRequest Png(Chart chart, string path) => new(chart, path, ImageFormat.Png);
}

/// <summary>One figure, given as plotly.js figure JSON, to export in a batch.</summary>
/// <param name="FigureJson">The figure: <c>{"data":[…],"layout":{…},"config":{…}}</c>.</param>
/// <param name="Path">The output file; its directory is created when missing.</param>
/// <param name="Format">PNG or SVG.</param>
public sealed record FigureExportRequest(string FigureJson, string Path, ImageFormat Format);
