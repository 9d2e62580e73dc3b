using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>A point or line series (plotly <c>scatter</c>): markers, lines, text labels or any combination.</summary>
public sealed record ScatterTrace : Trace
{
    /// <inheritdoc />
    protected override string TraceType => "scatter";

    /// <summary>What is drawn; plotly's default depends on the point count, so factories always set it.</summary>
    [JsonPropertyOrder(-85)] public ScatterMode? Mode { get; init; }

    /// <summary>Where the point text goes.</summary>
    [JsonPropertyOrder(-39)] public TextPosition? TextPosition { get; init; }

    /// <summary>Marker colour, size and symbol.</summary>
    [JsonPropertyOrder(10)] public Marker? Marker { get; init; }

    /// <summary>The connecting line.</summary>
    [JsonPropertyOrder(11)] public LineStyle? Line { get; init; }

    /// <summary>Whether the line bridges missing values.</summary>
    [JsonPropertyOrder(12)] public bool? ConnectGaps { get; init; }

    /// <summary>Whether markers and text are clipped at the axes; false lets labels near the edge stay readable.</summary>
    [JsonPropertyOrder(13)] public bool? ClipOnAxis { get; init; }

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
