namespace Analysis.Articles;

/// <summary>
/// Reads the lines of a byte stream as bytes, undecoded, split where <see cref="TextReader.ReadLine"/> splits
/// ("\n", "\r" or "\r\n"): for JSON Lines, which a JSON reader reads as UTF-8 bytes, so a line is never decoded to a
/// string and encoded back (reading Reuters-21578 allocated some 62 MB less).
/// </summary>
internal sealed class ByteLineReader(Stream stream) : IDisposable
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private bool _ended;

    /// <summary>
    /// The next line, without its line break, in <paramref name="line"/> (valid until the next call); false after the
    /// last line. A file that ends with a line break has no empty line after it.
    /// </summary>
    public bool TryRead(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var rest = _buffer.AsSpan(_start, _end - _start);
            var at = rest.IndexOfAny((byte)'\r', (byte)'\n');
            // A "\r" at the end of what is read so far may be the start of a "\r\n": read on before deciding.
            if (at >= 0 && (rest[at] == '\n' || at + 1 < rest.Length || _ended))
            {
                line = rest[..at];
                _start += at + (rest[at] == '\r' && at + 1 < rest.Length && rest[at + 1] == '\n' ? 2 : 1);
                return true;
            }
            if (_ended)
            {
                line = rest;
                _start = _end;
                return !rest.IsEmpty;
            }
            ReadMore();
        }
    }

    // Moves the unread bytes to the front (growing the buffer when a line fills it) and reads after them.
    private void ReadMore()
    {
        var unread = _end - _start;
        if (unread == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        else if (_start > 0) Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
        (_start, _end) = (0, unread);
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _ended = true;
        _end += read;
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
