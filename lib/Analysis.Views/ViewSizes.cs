using Analysis.Charts;

namespace Analysis.Views;

/// <summary>Sizing and small helpers shared by the views.</summary>
internal static class ViewSizes
{
    /// <summary>Chart height for a chart with one row per item, so labels never overlap.</summary>
    public static int RowsHeight(int rows) => Math.Clamp(120 + 28 * rows, 300, 1400);

    public static Chart WithHeight(this Chart chart, int height) => chart.WithLayout(l => l with { Height = height });
}
