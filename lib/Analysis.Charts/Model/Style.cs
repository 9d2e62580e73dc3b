namespace Analysis.Charts;

/// <summary>A title (plotly <c>title</c>; plotly.js 3+ only accepts the object form).</summary>
/// <param name="Text">The title text; plotly allows a few tags such as <c>&lt;b&gt;</c> and <c>&lt;br&gt;</c>.</param>
public sealed record Title(string Text)
{
    /// <summary>The title font, or null for the layout font.</summary>
    public Font? Font { get; init; }
}

/// <summary>A font (plotly <c>font</c>).</summary>
public sealed record Font
{
    /// <summary>CSS font family list.</summary>
    public string? Family { get; init; }
    /// <summary>Size in pixels.</summary>
    public double? Size { get; init; }
    /// <summary>CSS colour.</summary>
    public string? Color { get; init; }
}

/// <summary>Plot margins in pixels (plotly <c>layout.margin</c>).</summary>
public sealed record Margin
{
    /// <summary>Left margin.</summary>
    public int? L { get; init; }
    /// <summary>Right margin.</summary>
    public int? R { get; init; }
    /// <summary>Top margin.</summary>
    public int? T { get; init; }
    /// <summary>Bottom margin.</summary>
    public int? B { get; init; }
    /// <summary>Padding between the plot area and the axis lines.</summary>
    public int? Pad { get; init; }
}

/// <summary>The legend box (plotly <c>layout.legend</c>).</summary>
public sealed record Legend
{
    /// <summary>Horizontal lays entries out in a row (good above or below the plot).</summary>
    public Orientation? Orientation { get; init; }
    /// <summary>Position, as a fraction of the plot width.</summary>
    public double? X { get; init; }
    /// <summary>Position, as a fraction of the plot height.</summary>
    public double? Y { get; init; }
    /// <summary>Which side of the legend <see cref="X"/> refers to: "left", "center" or "right".</summary>
    public string? XAnchor { get; init; }
    /// <summary>Which side of the legend <see cref="Y"/> refers to: "top", "middle" or "bottom".</summary>
    public string? YAnchor { get; init; }
    /// <summary>The legend title.</summary>
    public Title? Title { get; init; }
    /// <summary>"normal" or "reversed" entry order.</summary>
    public string? TraceOrder { get; init; }
}

/// <summary>A line (plotly <c>line</c> of scatter traces and <c>marker.line</c>).</summary>
public sealed record LineStyle
{
    /// <summary>CSS colour.</summary>
    public string? Color { get; init; }
    /// <summary>Width in pixels.</summary>
    public double? Width { get; init; }
    /// <summary>"solid", "dot", "dash", "longdash", "dashdot".</summary>
    public string? Dash { get; init; }
    /// <summary>"linear", "spline", "hv" (steps), "vh".</summary>
    public string? Shape { get; init; }
}

/// <summary>A fill pattern for bars (plotly <c>marker.pattern</c>), e.g. hatching for open-ended values.</summary>
public sealed record MarkerPattern
{
    /// <summary>"" (none), "/", "\\", "x", "-", "|", "+", "." — one for all bars or one per bar.</summary>
    public OneOrMany<string>? Shape { get; init; }
    /// <summary>"replace" (pattern only) or "overlay" (pattern over the bar colour).</summary>
    public string? FillMode { get; init; }
    /// <summary>How much of the area the pattern covers, 0–1.</summary>
    public double? Solidity { get; init; }
    /// <summary>Pattern tile size in pixels.</summary>
    public double? Size { get; init; }
}

/// <summary>Markers of points and bars (plotly <c>marker</c>).</summary>
public sealed record Marker
{
    /// <summary>One CSS colour, or one per point.</summary>
    public OneOrMany<string>? Color { get; init; }
    /// <summary>Marker size in pixels, one or per point (scatter only).</summary>
    public OneOrMany<double>? Size { get; init; }
    /// <summary>Symbol name such as "circle", "diamond", "triangle-right", "circle-open" (scatter only).</summary>
    public OneOrMany<string>? Symbol { get; init; }
    /// <summary>Opacity 0–1, one or per point.</summary>
    public OneOrMany<double>? Opacity { get; init; }
    /// <summary>The outline.</summary>
    public LineStyle? Line { get; init; }
    /// <summary>Fill pattern (bars only).</summary>
    public MarkerPattern? Pattern { get; init; }
}

/// <summary>Error bars (plotly <c>error_x</c>/<c>error_y</c> with <c>type: "data"</c>).</summary>
public sealed record ErrorBars
{
    /// <summary>Always "data": the lengths come from <see cref="Array"/>/<see cref="ArrayMinus"/>.</summary>
    public string Type { get; init; } = "data";
    /// <summary>Length above (or right of) each point.</summary>
    public PlotArray? Array { get; init; }
    /// <summary>Length below (or left of) each point; null with <see cref="Symmetric"/> false means none.</summary>
    public PlotArray? ArrayMinus { get; init; }
    /// <summary>Whether <see cref="Array"/> is used for both directions.</summary>
    public bool? Symmetric { get; init; }
    /// <summary>Whether the bars are drawn.</summary>
    public bool Visible { get; init; } = true;
    /// <summary>CSS colour.</summary>
    public string? Color { get; init; }
    /// <summary>Stroke width in pixels.</summary>
    public double? Thickness { get; init; }
    /// <summary>Width of the end caps in pixels.</summary>
    public double? Width { get; init; }
}
