using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Analysis.Frames;

namespace Analysis.Tables;

/// <summary>
/// Writes rows of one table to CSV as they come (RFC 4180 quoting, UTF-8 without BOM, "\n" line
/// ends, invariant culture). Columns are the row record's properties, named by [ColumnName].
/// </summary>
public sealed class CsvTableWriter<TRow> : IDisposable
{
    private static readonly PropertyInfo[] Properties = typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    // A compiled writer per column: reflection's GetValue per cell was a visible share of writing a large corpus, and
    // a number or date is formatted in place, not boxed and made a string first.
    private static readonly Action<TextWriter, TRow>[] Writers = Properties.Select(CellWriter).ToArray();
    private readonly TextWriter _writer;

    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        Properties.Select(p => p.GetCustomAttribute<ColumnNameAttribute>()?.Name ?? p.Name).ToArray();

    /// <summary>Opens <paramref name="path"/> and writes the header.</summary>
    public CsvTableWriter(string path) : this(new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16)) { }

    /// <summary>Writes the header to <paramref name="writer"/> (which this writer then owns).</summary>
    public CsvTableWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _writer.NewLine = "\n";
        WriteFields(Columns);
    }

    /// <summary>Rows written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one row.</summary>
    public void Write(TRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        for (var i = 0; i < Writers.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            Writers[i](_writer, row);
        }
        _writer.Write('\n');
        Count++;
    }

    /// <summary>Writes many rows.</summary>
    public void WriteAll(IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows) Write(row);
    }

    /// <summary>Flushes buffered rows.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private void WriteFields(IEnumerable<string> fields)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first) _writer.Write(',');
            first = false;
            CsvQuoting.Write(_writer, f);
        }
        _writer.Write('\n');
    }

    // Writes one property of a row as its cell: strings quoted as needed, numbers and dates in the invariant culture
    // (as Format writes them), anything else through Format.
    private static Action<TextWriter, TRow> CellWriter(PropertyInfo property)
    {
        var writer = Expression.Parameter(typeof(TextWriter), "writer");
        var row = Expression.Parameter(typeof(TRow), "row");
        var value = Expression.Property(row, property);
        var type = property.PropertyType;
        var cells = typeof(CsvCells);
        var call = cells.GetMethod(nameof(CsvCells.Write), [typeof(TextWriter), type]) is { } typed
            ? Expression.Call(typed, writer, value)
            : Expression.Call(cells.GetMethod(nameof(CsvCells.Write), [typeof(TextWriter), typeof(string)])!, writer,
                Expression.Call(typeof(CsvTableWriter<TRow>).GetMethod(nameof(Format), BindingFlags.NonPublic | BindingFlags.Static)!,
                    Expression.Convert(value, typeof(object))));
        return Expression.Lambda<Action<TextWriter, TRow>>(call, writer, row).Compile();
    }

    internal static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
