using System.Globalization;

namespace Analysis.Frames.Internal;

/// <summary>
/// Invariant text forms of cell values. <see cref="Invariant"/> is the exact, round-trippable form written to CSV
/// and used for pivot column names; <see cref="Display"/> is the friendlier form for previews and HTML.
/// </summary>
internal static class ValueFormat
{
    public const string DateFormat = "yyyy-MM-dd";

    // F-specifiers drop trailing zero fractions, K appends "Z" for UTC and nothing for unspecified kind.
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK";

    public static string Invariant(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString(DateFormat, CultureInfo.InvariantCulture),
        DateTime t => t.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Shortest round-trippable form ("R" is shortest-round-trip since .NET Core 3.0).</summary>
    public static string FormatDouble(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Display(object value) => value switch
    {
        double d => DisplayDouble(d),
        DateTime t => t.TimeOfDay == TimeSpan.Zero && t.Kind != DateTimeKind.Utc
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString(t.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)
              + (t.Kind == DateTimeKind.Utc ? "Z" : string.Empty),
        _ => Invariant(value),
    };

    private static string DisplayDouble(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return Invariant(value);
        }

        var magnitude = Math.Abs(value);

        // Previews favour readability over exactness (like pandas' 6 decimals); CSV keeps the exact value.
        return magnitude != 0 && (magnitude >= 1e15 || magnitude < 1e-4)
            ? value.ToString("G6", CultureInfo.InvariantCulture)
            : value.ToString("0.######", CultureInfo.InvariantCulture);
    }
}
