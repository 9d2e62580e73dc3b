using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>
/// One series of a chart (a plotly trace). The shared attributes live here; <see cref="BarTrace"/>,
/// <see cref="ScatterTrace"/> and <see cref="HeatmapTrace"/> add their own. Serialised in a fixed order:
/// type, name, data arrays, then styling; null attributes are omitted.
/// </summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(BarTrace))]
[JsonDerivedType(typeof(ScatterTrace))]
[JsonDerivedType(typeof(HeatmapTrace))]
public abstract record Trace
{
    /// <summary>The plotly trace type ("bar", "scatter", "heatmap").</summary>
    [JsonPropertyOrder(-100)] public string Type => TraceType;

    /// <summary>The plotly trace type, supplied by each trace kind (a non-virtual <see cref="Type"/> keeps its JSON order).</summary>
    protected abstract string TraceType { get; }

    /// <summary>The series name shown in the legend and hover box.</summary>
    [JsonPropertyOrder(-90)] public string? Name { get; init; }

    /// <summary>X values (categories, numbers or dates).</summary>
    [JsonPropertyOrder(-80)] public PlotArray? X { get; init; }

    /// <summary>Y values.</summary>
    [JsonPropertyOrder(-70)] public PlotArray? Y { get; init; }

    /// <summary>Text per point, shown on the chart (with mode text / bar text) and as <c>%{text}</c> in hover templates.</summary>
    [JsonPropertyOrder(-40)] public OneOrMany<string>? Text { get; init; }

    /// <summary>Extra values per point (one row per point) for hover templates: <c>%{customdata[0]}</c>.</summary>
    [JsonPropertyOrder(-30)] public IReadOnlyList<PlotArray>? CustomData { get; init; }

    /// <summary>The hover box template, e.g. <c>"%{x}: %{y:,}&lt;extra&gt;&lt;/extra&gt;"</c>.</summary>
    [JsonPropertyOrder(-20)] public string? HoverTemplate { get; init; }

    /// <summary>Whether the trace has a legend entry.</summary>
    [JsonPropertyOrder(50)] public bool? ShowLegend { get; init; }

    /// <summary>Traces with the same group toggle together in the legend.</summary>
    [JsonPropertyOrder(51)] public string? LegendGroup { get; init; }

    /// <summary>Opacity of the whole trace, 0–1.</summary>
    [JsonPropertyOrder(52)] public double? Opacity { get; init; }

    /// <summary>Returns this trace with its marker changed; traces without markers (heatmaps) are returned unchanged.</summary>
    public virtual Trace MapMarker(Func<Marker, Marker> change) => this;

    /// <summary>The number of points, for validating per-point styling.</summary>
    public virtual int CountPoints() => Math.Max(X?.Count ?? 0, Y?.Count ?? 0);
}
