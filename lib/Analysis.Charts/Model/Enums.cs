using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>How bars of several traces share a category (plotly <c>layout.barmode</c>).</summary>
public enum BarMode
{
    /// <summary>Side by side.</summary>
    Group,
    /// <summary>On top of each other (positive and negative values stack separately).</summary>
    Stack,
    /// <summary>Stacked, negative values below the axis.</summary>
    Relative,
    /// <summary>Drawn over each other.</summary>
    Overlay,
}

/// <summary>The direction bars grow in (plotly <c>orientation</c>).</summary>
public enum Orientation
{
    /// <summary>Bars grow up from the x axis.</summary>
    [JsonStringEnumMemberName("v")] Vertical,
    /// <summary>Bars grow right from the y axis.</summary>
    [JsonStringEnumMemberName("h")] Horizontal,
}

/// <summary>The scale of an axis (plotly <c>axis.type</c>).</summary>
public enum AxisType
{
    /// <summary>Linear numbers.</summary>
    Linear,
    /// <summary>Logarithmic numbers.</summary>
    Log,
    /// <summary>Dates and times.</summary>
    Date,
    /// <summary>Discrete labels.</summary>
    Category,
}

/// <summary>How an axis picks its range (plotly <c>axis.autorange</c>: <c>true</c> or <c>"reversed"</c>).</summary>
[JsonConverter(typeof(AutoRangeJsonConverter))]
public enum AutoRange
{
    /// <summary>Fit the data, smallest first.</summary>
    Auto,
    /// <summary>Fit the data, largest first; for categorical timelines this puts the first category on top.</summary>
    Reversed,
}

/// <summary>What a scatter trace draws (plotly <c>mode</c>, a flag list).</summary>
[Flags]
[JsonConverter(typeof(ScatterModeJsonConverter))]
public enum ScatterMode
{
    /// <summary>A marker per point.</summary>
    Markers = 1,
    /// <summary>Lines connecting the points.</summary>
    Lines = 2,
    /// <summary>The point's text next to it.</summary>
    Text = 4,
}

/// <summary>Where plotly writes a point's text (plotly <c>textposition</c>).</summary>
public enum TextPosition
{
    /// <summary>Inside the bar.</summary>
    [JsonStringEnumMemberName("inside")] Inside,
    /// <summary>Past the end of the bar.</summary>
    [JsonStringEnumMemberName("outside")] Outside,
    /// <summary>Plotly decides.</summary>
    [JsonStringEnumMemberName("auto")] Auto,
    /// <summary>Above the marker.</summary>
    [JsonStringEnumMemberName("top center")] TopCenter,
    /// <summary>Below the marker.</summary>
    [JsonStringEnumMemberName("bottom center")] BottomCenter,
    /// <summary>Right of the marker.</summary>
    [JsonStringEnumMemberName("middle right")] MiddleRight,
    /// <summary>Left of the marker.</summary>
    [JsonStringEnumMemberName("middle left")] MiddleLeft,
    /// <summary>Above and right of the marker.</summary>
    [JsonStringEnumMemberName("top right")] TopRight,
}

/// <summary>The file type of an exported chart image.</summary>
public enum ImageFormat
{
    /// <summary>A raster PNG image.</summary>
    Png,
    /// <summary>A vector SVG document.</summary>
    Svg,
}
