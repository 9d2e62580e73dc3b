namespace Analysis.Frames.Csv;

/// <summary>
/// Reads CSV records one at a time as string arrays, with the line each record starts on, for
/// callers that stream rows instead of loading a frame (corpus readers, table merges). RFC 4180:
/// quoted fields may hold delimiters, doubled quotes and line breaks.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly CsvTokenizer _tokenizer;
    private readonly List<CsvField> _fields = [];

    /// <summary>Reads from <paramref name="reader"/> (which this reader then owns); <paramref name="source"/> names it in errors.</summary>
    public CsvRecordReader(TextReader reader, string source, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        _reader = reader;
        _tokenizer = new CsvTokenizer(reader, delimiter, source);
    }

    /// <summary>The 1-based line on which the last record read starts.</summary>
    public int Line => _tokenizer.Line;

    /// <summary>Reads the next record; null at the end of the input.</summary>
    /// <exception cref="CsvFormatException">The input is not valid CSV (the message names source and line).</exception>
    public string[]? Read()
    {
        if (!_tokenizer.ReadRecord(_fields)) return null;
        var record = new string[_fields.Count];
        for (var i = 0; i < record.Length; i++) record[i] = _tokenizer.Text(_fields[i]);
        return record;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
