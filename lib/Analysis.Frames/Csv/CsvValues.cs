using System.Globalization;
using Analysis.Frames.Internal;

namespace Analysis.Frames.Csv;

/// <summary>
/// Parsing and canonical formatting of CSV cell text, shared by reader and writer so that whatever the writer
/// emits the reader infers back to the same type and value.
/// </summary>
internal static class CsvValues
{
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;
    private const NumberStyles FloatStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
    ];

    public static bool TryLong(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

    public static bool TryDouble(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, FloatStyle, CultureInfo.InvariantCulture, out value);

    public static bool TryBool(ReadOnlySpan<char> text, out bool value)
    {
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    public static bool TryDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        value = default;
        return text.Length == 10 && text[4] == '-' && text[7] == '-'
            && DateOnly.TryParseExact(text, ValueFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>ISO 8601 date-times: 'T' or space separator, optional seconds/fraction, "Z" or an offset (converted to UTC).</summary>
    public static bool TryDateTime(ReadOnlySpan<char> text, out DateTime value)
    {
        value = default;
        return text.Length >= 16 && text[4] == '-' && text[7] == '-' && (text[10] == 'T' || text[10] == ' ')
            && DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>Whether unquoted text would be read as something other than a string.</summary>
    public static bool LooksTyped(ReadOnlySpan<char> text) =>
        text.Length == 0 || TryDouble(text, out _) || TryBool(text, out _) || TryDate(text, out _) || TryDateTime(text, out _);

    /// <summary>Whether <paramref name="text"/> is exactly the canonical text of <paramref name="value"/>.</summary>
    public static bool IsCanonical(ReadOnlySpan<char> text, long value)
    {
        Span<char> buffer = stackalloc char[24];
        return value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) && text.SequenceEqual(buffer[..written]);
    }

    public static bool IsCanonical(ReadOnlySpan<char> text, double value)
    {
        Span<char> buffer = stackalloc char[40];
        return value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture) && text.SequenceEqual(buffer[..written]);
    }

    public static bool IsCanonical(ReadOnlySpan<char> text, DateTime value)
    {
        Span<char> buffer = stackalloc char[40];
        return value.TryFormat(buffer, out var written, ValueFormat.DateTimeFormat, CultureInfo.InvariantCulture)
            && text.SequenceEqual(buffer[..written]);
    }

    public static bool IsCanonical(ReadOnlySpan<char> text, bool value) => text.SequenceEqual(value ? "true" : "false");
}
