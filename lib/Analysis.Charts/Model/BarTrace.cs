using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>A bar series (plotly <c>bar</c>); horizontal bars with <see cref="Base"/> draw spans from base to base + x.</summary>
public sealed record BarTrace : Trace
{
    /// <inheritdoc />
    protected override string TraceType => "bar";

    /// <summary>Where each bar starts (horizontal span bars: the low end of the range).</summary>
    [JsonPropertyOrder(-60)] public PlotArray? Base { get; init; }

    /// <summary>Vertical (default) or horizontal.</summary>
    [JsonPropertyOrder(-50)] public Orientation? Orientation { get; init; }

    /// <summary>Where the bar text goes.</summary>
    [JsonPropertyOrder(-39)] public TextPosition? TextPosition { get; init; }

    /// <summary>d3-format template for bar text, e.g. <c>"%{value:,}"</c>.</summary>
    [JsonPropertyOrder(-38)] public string? TextTemplate { get; init; }

    /// <summary>Bar fill, outline and pattern.</summary>
    [JsonPropertyOrder(10)] public Marker? Marker { get; init; }

    /// <summary>Horizontal error bars.</summary>
    [JsonPropertyOrder(20), JsonPropertyName("error_x")] public ErrorBars? ErrorX { get; init; }

    /// <summary>Vertical error bars.</summary>
    [JsonPropertyOrder(21), JsonPropertyName("error_y")] public ErrorBars? ErrorY { get; init; }

    /// <inheritdoc />
    public override Trace MapMarker(Func<Marker, Marker> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return this with { Marker = change(Marker ?? new Marker()) };
    }
}
