using System.Text;
using Analysis.Frames.Csv;

namespace Analysis.Frames;

public sealed partial class DataFrame
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Reads a CSV file with a header row (UTF-8, BOM tolerated), inferring each column's type:
    /// long → double → bool → DateOnly (yyyy-MM-dd) → DateTime (ISO 8601) → string. Empty cells are missing;
    /// a quoted empty cell is an empty string. Malformed input raises <see cref="CsvFormatException"/> naming the line.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Delimiter, forced column types, inference switches.</param>
    public static DataFrame ReadCsv(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        options ??= CsvReadOptions.Default;
        return CsvFrameReader.Read(reader, options, options.SourceName ?? path);
    }

    /// <summary>Reads CSV text with a header row; see <see cref="ReadCsv(string, CsvReadOptions?)"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="options">Delimiter, forced column types, inference switches.</param>
    public static DataFrame ReadCsv(TextReader reader, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= CsvReadOptions.Default;
        return CsvFrameReader.Read(reader, options, options.SourceName ?? "CSV");
    }

    /// <summary>Parses CSV held in a string; see <see cref="ReadCsv(string, CsvReadOptions?)"/>.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="options">Delimiter, forced column types, inference switches.</param>
    public static DataFrame ParseCsv(string csv, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return ReadCsv(reader, options);
    }

    /// <summary>
    /// Writes the frame as RFC 4180 CSV: UTF-8 without BOM, header row, "\n" line ends, invariant formats
    /// (yyyy-MM-dd, ISO date-times, shortest round-trip doubles, true/false), missing cells empty. Reading the file
    /// back with default options gives an equal frame.
    /// </summary>
    /// <param name="path">The file path (overwritten).</param>
    public void WriteCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var writer = new StreamWriter(path, append: false, Utf8NoBom, bufferSize: 1 << 16);
        CsvFrameWriter.Write(this, writer);
    }

    /// <summary>Writes the frame as CSV to <paramref name="writer"/>; see <see cref="WriteCsv(string)"/>.</summary>
    /// <param name="writer">The destination.</param>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CsvFrameWriter.Write(this, writer);
    }

    /// <summary>The frame as CSV text; see <see cref="WriteCsv(string)"/>.</summary>
    public string ToCsv()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CsvFrameWriter.Write(this, writer);
        return writer.ToString();
    }
}
