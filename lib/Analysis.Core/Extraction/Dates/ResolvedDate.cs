using System.Globalization;

namespace Analysis.Extraction.Dates;

/// <summary>A resolved date: its ISO value, granularity, and the first day it covers (the anchor for "a year later").</summary>
internal readonly record struct ResolvedDate(string Value, Granularity Granularity, DateOnly First)
{
    public static ResolvedDate Day(DateOnly d) => new(Iso(d), Granularity.Day, d);

    public static ResolvedDate Month(int year, int month) =>
        new(year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture),
            Granularity.Month, new DateOnly(year, month, 1));

    public static ResolvedDate Month(DateOnly d) => Month(d.Year, d.Month);

    public static ResolvedDate Year(int year) =>
        new(year.ToString("D4", CultureInfo.InvariantCulture), Granularity.Year, new DateOnly(year, 1, 1));

    public static ResolvedDate Span(DateOnly first, DateOnly last) => new(Iso(first) + "/" + Iso(last), Granularity.Span, first);

    /// <summary>The Monday..Sunday week holding <paramref name="d"/>.</summary>
    public static ResolvedDate Week(DateOnly d)
    {
        var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        return Span(monday, monday.AddDays(6));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
