using System.Globalization;

namespace Analysis.Articles;

/// <summary>Parses publication dates: ISO dates, or full timestamps whose date part is taken.</summary>
public static class PublicationDate
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    /// <summary>Parses <paramref name="value"/>; empty input gives null without error.</summary>
    /// <returns>False when the value is present but not a date.</returns>
    public static bool TryParse(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        var v = value.Trim();
        if (DateOnly.TryParseExact(v, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        // Timestamps ("2023-10-18T14:03:00Z", "2023-10-18 14:03:00+02:00"): the date as written, not shifted to UTC.
        if (v.Length > 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)
            && DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            date = d;
            return true;
        }
        return false;
    }
}
