namespace Analysis.Charts;

/// <summary>An x or y axis (plotly <c>layout.xaxis</c>/<c>layout.yaxis</c>).</summary>
public sealed record Axis
{
    /// <summary>The axis title.</summary>
    public Title? Title { get; init; }
    /// <summary>The scale; null lets plotly guess from the data.</summary>
    public AxisType? Type { get; init; }
    /// <summary>d3 format of tick labels, e.g. ",d" for thousands separators or "%b %Y" for dates.</summary>
    public string? TickFormat { get; init; }
    /// <summary>Rotation of tick labels in degrees.</summary>
    public double? TickAngle { get; init; }
    /// <summary>Automatic range; <see cref="AutoRange.Reversed"/> puts the first category on top.</summary>
    public AutoRange? AutoRange { get; init; }
    /// <summary>An explicit [min, max] range (numbers or date strings).</summary>
    public PlotArray? Range { get; init; }
    /// <summary>"trace" (order of appearance), "category ascending", "total descending", "array", ….</summary>
    public string? CategoryOrder { get; init; }
    /// <summary>The category order when <see cref="CategoryOrder"/> is "array".</summary>
    public PlotArray? CategoryArray { get; init; }
    /// <summary>Whether grid lines are drawn.</summary>
    public bool? ShowGrid { get; init; }
    /// <summary>Grid line colour.</summary>
    public string? GridColor { get; init; }
    /// <summary>Whether the zero line is drawn.</summary>
    public bool? ZeroLine { get; init; }
    /// <summary>Zero line colour.</summary>
    public string? ZeroLineColor { get; init; }
    /// <summary>Whether the axis line is drawn.</summary>
    public bool? ShowLine { get; init; }
    /// <summary>Axis line colour.</summary>
    public string? LineColor { get; init; }
    /// <summary>Whether margins grow so long tick labels fit.</summary>
    public bool? AutoMargin { get; init; }
    /// <summary>Whether the range is fixed (no zoom), useful for categorical axes.</summary>
    public bool? FixedRange { get; init; }
}
