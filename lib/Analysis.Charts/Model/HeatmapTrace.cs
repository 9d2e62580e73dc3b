using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>A grid of coloured cells (plotly <c>heatmap</c>): <see cref="Z"/> has one row per y label.</summary>
public sealed record HeatmapTrace : Trace
{
    /// <inheritdoc />
    protected override string TraceType => "heatmap";

    /// <summary>Cell values, one row per y label, one column per x label; null cells stay empty.</summary>
    [JsonPropertyOrder(-60)] public IReadOnlyList<PlotArray>? Z { get; init; }

    /// <summary>A named plotly colour scale ("Blues", "Viridis", "YlOrRd", …).</summary>
    [JsonPropertyOrder(30)] public string? ColorScale { get; init; }

    /// <summary>Whether large values get the first colour of the scale.</summary>
    [JsonPropertyOrder(31)] public bool? ReverseScale { get; init; }

    /// <summary>Value mapped to the first colour (null: the data minimum).</summary>
    [JsonPropertyOrder(32), JsonPropertyName("zmin")] public double? ZMin { get; init; }

    /// <summary>Value mapped to the last colour (null: the data maximum).</summary>
    [JsonPropertyOrder(33), JsonPropertyName("zmax")] public double? ZMax { get; init; }

    /// <summary>Whether the colour bar is shown.</summary>
    [JsonPropertyOrder(34)] public bool? ShowScale { get; init; }

    /// <summary>Template of the text written in each cell, e.g. <c>"%{z}"</c>.</summary>
    [JsonPropertyOrder(35)] public string? TextTemplate { get; init; }

    /// <summary>Gap between cells in pixels.</summary>
    [JsonPropertyOrder(36), JsonPropertyName("xgap")] public double? XGap { get; init; }

    /// <summary>Gap between cells in pixels.</summary>
    [JsonPropertyOrder(37), JsonPropertyName("ygap")] public double? YGap { get; init; }

    /// <inheritdoc />
    public override int CountPoints() => Z?.Sum(row => row.Count) ?? 0;
}
