using System.Text;

namespace Analysis.Tables;

/// <summary>
/// Writes raw CSV records (string fields) exactly as <see cref="CsvTableWriter{TRow}"/> writes typed rows, so a
/// table read back with <c>CsvRecordReader</c> and written again is byte-identical (merges, name-resolution passes).
/// </summary>
public sealed class CsvRecordWriter : IDisposable
{
    private readonly TextWriter _writer;

    /// <summary>Creates <paramref name="path"/> (UTF-8 without BOM, "\n" line ends).</summary>
    public CsvRecordWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    /// <summary>Records written so far (the header counts).</summary>
    public long Count { get; private set; }

    /// <summary>Writes one record.</summary>
    public void Write(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) _writer.Write(',');
            CsvQuoting.Write(_writer, fields[i]);
        }
        _writer.Write('\n');
        Count++;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
