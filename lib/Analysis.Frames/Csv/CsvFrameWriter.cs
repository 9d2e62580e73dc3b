using System.Globalization;
using Analysis.Frames.Internal;

namespace Analysis.Frames.Csv;

/// <summary>
/// Writes RFC 4180 CSV: header row, "\n" line ends, invariant formats (yyyy-MM-dd dates, ISO date-times, shortest
/// round-trip doubles, true/false), missing cells empty. Strings are quoted when RFC 4180 requires it and also
/// when they are empty or look like another type, so reading the file back yields the same frame.
/// </summary>
internal static class CsvFrameWriter
{
    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Write(DataFrame frame, TextWriter writer, char delimiter = ',')
    {
        var specials = new[] { delimiter, '"', '\r', '\n' };
        for (var c = 0; c < frame.ColumnCount; c++)
        {
            if (c > 0) writer.Write(delimiter);
            var name = frame.ColumnNames[c];
            WriteText(writer, name, specials, quoteIfTyped: false, quoteIfEmpty: true);
        }

        writer.Write('\n');
        var cells = frame.Columns.Select(column => CellWriter(column, writer, specials)).ToArray();
        for (var r = 0; r < frame.RowCount; r++)
        {
            for (var c = 0; c < cells.Length; c++)
            {
                if (c > 0) writer.Write(delimiter);
                if (!frame.Columns[c].IsMissing(r))
                {
                    cells[c](r);
                }
            }

            writer.Write('\n');
        }
    }

    /// <summary>A writer of one column's non-missing cells, resolved once per column rather than per cell.</summary>
    private static Action<int> CellWriter(DataColumn column, TextWriter writer, char[] specials)
    {
        var buffer = new char[64];
        return column switch
        {
            DataColumn<string> s => row => WriteText(writer, s.Data[row], specials, quoteIfTyped: true, quoteIfEmpty: true),
            DataColumn<long> l => row => Format(writer, buffer, l.Data[row], default),
            DataColumn<double> d => row => Format(writer, buffer, d.Data[row], "R"),
            DataColumn<bool> b => row => writer.Write(b.Data[row] ? "true" : "false"),
            DataColumn<DateOnly> date => row => Format(writer, buffer, date.Data[row], ValueFormat.DateFormat),
            DataColumn<DateTime> time => row => Format(writer, buffer, time.Data[row], ValueFormat.DateTimeFormat),
            _ => throw new InvalidOperationException($"Unsupported column type {column.DataType}."),
        };
    }

    private static void Format<T>(TextWriter writer, char[] buffer, T value, ReadOnlySpan<char> format)
        where T : ISpanFormattable
    {
        if (!value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture))
        {
            writer.Write(value.ToString(format.ToString(), CultureInfo.InvariantCulture));
            return;
        }

        writer.Write(buffer.AsSpan(0, written));
    }

    private static void WriteText(TextWriter writer, string text, char[] specials, bool quoteIfTyped, bool quoteIfEmpty)
    {
        var span = text.AsSpan();
        var quote = span.IndexOfAny(specials) >= 0
            || (quoteIfEmpty && span.IsEmpty)
            || (quoteIfTyped && CsvValues.LooksTyped(span));
        if (!quote)
        {
            writer.Write(span);
            return;
        }

        writer.Write('"');
        writer.Write(text.Contains('"', StringComparison.Ordinal) ? text.Replace("\"", "\"\"", StringComparison.Ordinal) : text);
        writer.Write('"');
    }
}
