using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>Options of the download button (plotly <c>config.toImageButtonOptions</c>).</summary>
public sealed record ImageButtonOptions
{
    /// <summary>"png", "svg", "jpeg" or "webp".</summary>
    public string? Format { get; init; }
    /// <summary>File name without extension.</summary>
    public string? Filename { get; init; }
    /// <summary>Image width in pixels; null uses the on-screen size.</summary>
    public int? Width { get; init; }
    /// <summary>Image height in pixels.</summary>
    public int? Height { get; init; }
    /// <summary>Resolution multiplier.</summary>
    public double? Scale { get; init; }
}

/// <summary>Interaction options (plotly <c>config</c>, the fourth argument of <c>Plotly.newPlot</c>).</summary>
public sealed record Config
{
    /// <summary>Whether the chart resizes with its container.</summary>
    public bool? Responsive { get; init; }
    /// <summary>Whether the plotly logo shows in the mode bar.</summary>
    [JsonPropertyName("displaylogo")] public bool? DisplayLogo { get; init; }
    /// <summary>Whether the mode bar shows: null on hover, true always, false never.</summary>
    [JsonPropertyName("displayModeBar")] public bool? DisplayModeBar { get; init; }
    /// <summary>Whether the chart is a static picture with no interaction.</summary>
    [JsonPropertyName("staticPlot")] public bool? StaticPlot { get; init; }
    /// <summary>Options of the download button.</summary>
    [JsonPropertyName("toImageButtonOptions")] public ImageButtonOptions? ToImageButtonOptions { get; init; }
}
