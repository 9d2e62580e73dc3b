using System.Reflection;
using Analysis.Frames;

namespace Analysis.Tables;

/// <summary>
/// Reads a table written by <see cref="CsvTableWriter{TRow}"/> into a frame whose columns are
/// typed by the row record, so a corpus read from disk and one extracted in memory look alike.
/// </summary>
public static class TableReader
{
    /// <summary>Reads <paramref name="path"/> as a table of <typeparamref name="TRow"/>; a missing file gives an empty frame.</summary>
    public static DataFrame Read<TRow>(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path)
            ? DataFrame.ReadCsv(path, OptionsFor<TRow>() with { SourceName = path })
            : FromRows(Array.Empty<TRow>());
    }

    /// <summary>
    /// A frame of rows exactly as it would read back from its CSV table (empty text is missing,
    /// columns typed by the row record), so in-memory and on-disk corpora give equal frames.
    /// </summary>
    public static DataFrame FromRows<TRow>(IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringWriter();
        using (var writer = new CsvTableWriter<TRow>(text)) writer.WriteAll(rows);
        return DataFrame.ReadCsv(new StringReader(text.ToString()), OptionsFor<TRow>());
    }

    /// <summary>CSV options forcing every column of <typeparamref name="TRow"/> to its record type.</summary>
    public static CsvReadOptions OptionsFor<TRow>()
    {
        var options = CsvReadOptions.Default.AsText();
        foreach (var p in typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = p.GetCustomAttribute<ColumnNameAttribute>()?.Name ?? p.Name;
            options = options.WithColumnType(name, Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType);
        }
        return options;
    }
}
