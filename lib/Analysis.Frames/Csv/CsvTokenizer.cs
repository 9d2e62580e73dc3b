namespace Analysis.Frames.Csv;

/// <summary>A field of the current record: a window into the tokenizer's buffer (valid until the next record).</summary>
internal readonly record struct CsvField(int Start, int Length, bool Quoted, bool HasEscapes);

/// <summary>
/// A streaming RFC 4180 tokenizer over a <see cref="TextReader"/>: quoted fields may hold delimiters, doubled
/// quotes and line breaks; records end at LF or CRLF. It works on spans of a reusable buffer and vectorized
/// searches, so fields are not materialized as strings unless a column needs them.
/// </summary>
internal sealed class CsvTokenizer
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly string _source;
    private char[] _buffer = new char[1 << 16];
    private int _pos;
    private int _len;
    private bool _eof;
    private int _nextLine = 1;

    public CsvTokenizer(TextReader reader, char delimiter, string source)
    {
        _reader = reader;
        _delimiter = delimiter;
        _source = source;
    }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public int Line { get; private set; }

    public ReadOnlySpan<char> Span(CsvField field) => _buffer.AsSpan(field.Start, field.Length);

    /// <summary>The field's text with doubled quotes undone.</summary>
    public string Text(CsvField field)
    {
        var text = new string(Span(field));
        return field.HasEscapes ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at end of input.</summary>
    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool ReadRecord(List<CsvField> fields)
    {
        while (true)
        {
            if (_pos == _len && !Fill())
            {
                return false;
            }

            var end = TryParse(fields);
            if (end >= 0)
            {
                Line = _nextLine;
                _nextLine += _buffer.AsSpan(_pos, end - _pos).Count('\n');
                _pos = end;
                return true;
            }

            // The record runs past the buffered text: keep its start, read more, and parse it again.
            if (!Fill())
            {
                throw new CsvFormatException(_source, _nextLine, "a quoted field is not closed before the end of the input.");
            }
        }
    }

    /// <summary>Parses one record starting at <see cref="_pos"/>; returns the index just past it, or -1 if more text is needed.</summary>
    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int TryParse(List<CsvField> fields)
    {
        fields.Clear();
        var buffer = _buffer;
        var p = _pos;
        while (true)
        {
            if (p < _len && buffer[p] == '"')
            {
                var start = p + 1;
                var q = start;
                var escapes = false;
                while (true)
                {
                    var next = Array.IndexOf(buffer, '"', q, _len - q);
                    if (next < 0 || next + 1 == _len && !_eof)
                    {
                        return -1;
                    }

                    if (next + 1 < _len && buffer[next + 1] == '"')
                    {
                        escapes = true;
                        q = next + 2;
                        continue;
                    }

                    fields.Add(new CsvField(start, next - start, true, escapes));
                    p = next + 1;
                    break;
                }

                if (p < _len && buffer[p] != _delimiter && buffer[p] != '\n' && buffer[p] != '\r')
                {
                    throw new CsvFormatException(
                        _source, _nextLine + buffer.AsSpan(_pos, p - _pos).Count('\n'),
                        $"unexpected character '{buffer[p]}' after a closing quote (a quote inside a quoted field must be doubled).");
                }
            }
            else
            {
                var rest = buffer.AsSpan(p, _len - p);
                var stop = rest.IndexOfAny(_delimiter, '\n', '\r');
                if (stop < 0)
                {
                    if (!_eof)
                    {
                        return -1;
                    }

                    stop = rest.Length;
                }

                fields.Add(new CsvField(p, stop, false, false));
                p += stop;
            }

            if (p == _len)
            {
                return _eof ? p : -1;
            }

            var c = buffer[p];
            if (c == _delimiter)
            {
                p++;
                continue;
            }

            if (c == '\r')
            {
                if (p + 1 == _len && !_eof)
                {
                    return -1;
                }

                return p + 1 < _len && buffer[p + 1] == '\n' ? p + 2 : p + 1;
            }

            return p + 1;
        }
    }

    /// <summary>Moves the unread text to the front (growing the buffer if one record fills it) and reads more.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        var unread = _len - _pos;
        if (unread == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_pos > 0)
        {
            Array.Copy(_buffer, _pos, _buffer, 0, unread);
        }

        _pos = 0;
        _len = unread;
        var read = _reader.Read(_buffer, _len, _buffer.Length - _len);
        if (read == 0)
        {
            _eof = true;
            return _len > 0;
        }

        _len += read;
        return true;
    }
}
