using System.Globalization;

namespace Analysis.Tables;

/// <summary>
/// Writes one CSV cell of a typed value without making it a string first: numbers and dates are formatted into a
/// stack buffer in the invariant culture, exactly as <see cref="CsvTableWriter{TRow}"/> formats them as strings; an
/// absent value writes an empty cell.
/// </summary>
internal static class CsvCells
{
    public static void Write(TextWriter writer, string? value) => CsvQuoting.Write(writer, value ?? "");

    public static void Write(TextWriter writer, long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        writer.Write(digits[..length]);
    }

    public static void Write(TextWriter writer, long? value)
    {
        if (value is { } v) Write(writer, v);
    }

    public static void Write(TextWriter writer, DateOnly? value)
    {
        if (value is not { } date) return;
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.Write(text[..length]);
    }
}
