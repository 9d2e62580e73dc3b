using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>Everything around the traces (plotly <c>layout</c>). Serialised in declaration order, nulls omitted.</summary>
public sealed record Layout
{
    /// <summary>The chart title.</summary>
    public Title? Title { get; init; }
    /// <summary>Width in pixels; null fills the container.</summary>
    public int? Width { get; init; }
    /// <summary>Height in pixels.</summary>
    public int? Height { get; init; }
    /// <summary>The default font.</summary>
    public Font? Font { get; init; }
    /// <summary>How bars of several traces share a category.</summary>
    public BarMode? BarMode { get; init; }
    /// <summary>Gap between bars of neighbouring categories, 0–1.</summary>
    public double? BarGap { get; init; }
    /// <summary>The x axis.</summary>
    public Axis? XAxis { get; init; }
    /// <summary>The y axis.</summary>
    public Axis? YAxis { get; init; }
    /// <summary>Whether the legend is shown; null lets plotly decide (shown with more than one trace).</summary>
    public bool? ShowLegend { get; init; }
    /// <summary>The legend box.</summary>
    public Legend? Legend { get; init; }
    /// <summary>Plot margins.</summary>
    public Margin? Margin { get; init; }
    /// <summary>The colours traces cycle through.</summary>
    public IReadOnlyList<string>? Colorway { get; init; }
    /// <summary>"closest", "x", "y", "x unified".</summary>
    public string? HoverMode { get; init; }
    /// <summary>Background of the whole figure.</summary>
    [JsonPropertyName("paper_bgcolor")] public string? PaperBackground { get; init; }
    /// <summary>Background of the plot area.</summary>
    [JsonPropertyName("plot_bgcolor")] public string? PlotBackground { get; init; }
}
