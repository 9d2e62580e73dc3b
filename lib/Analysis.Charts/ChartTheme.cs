namespace Analysis.Charts;

/// <summary>
/// The clean default look: white backgrounds, light grid, a colour-blind-safe palette, no plotly template (so the
/// figure JSON says exactly what is drawn and looks the same in every host).
/// </summary>
public static class ChartTheme
{
    /// <summary>The Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.</summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>Grid line colour.</summary>
    public const string GridColor = "#E5E5E5";

    /// <summary>Axis line and zero line colour.</summary>
    public const string LineColor = "#9A9A9A";

    /// <summary>The default axis: light grid, visible axis line, margins that grow for long labels.</summary>
    public static Axis DefaultAxis { get; } = new()
    {
        ShowGrid = true,
        GridColor = GridColor,
        ZeroLine = true,
        ZeroLineColor = LineColor,
        ShowLine = true,
        LineColor = LineColor,
        AutoMargin = true,
    };

    /// <summary>The layout every factory starts from.</summary>
    public static Layout DefaultLayout { get; } = new()
    {
        Font = new Font { Family = "\"Helvetica Neue\", Helvetica, Arial, sans-serif", Size = 13, Color = "#222222" },
        XAxis = DefaultAxis,
        YAxis = DefaultAxis,
        Margin = new Margin { L = 60, R = 30, T = 60, B = 60 },
        Colorway = Palette,
        PaperBackground = "#FFFFFF",
        PlotBackground = "#FFFFFF",
    };

    /// <summary>The config every factory starts from: responsive, no plotly logo, crisp PNG downloads.</summary>
    public static Config DefaultConfig { get; } = new()
    {
        Responsive = true,
        DisplayLogo = false,
        ToImageButtonOptions = new ImageButtonOptions { Format = "png", Filename = "chart", Scale = 2 },
    };
}
