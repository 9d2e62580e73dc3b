using System.Text;

namespace Analysis.Articles;

/// <summary>
/// Opens corpus files (JSON Lines, CSV) for reading as text with the same repairs as article files:
/// UTF-16/32 with a BOM are honoured, a UTF-8 BOM is dropped, and a line whose bytes are not valid
/// UTF-8 is read as Windows-1252 instead of losing characters to U+FFFD.
/// </summary>
internal static class TextFile
{
    public static TextReader Open(string path)
    {
        var (stream, wide) = OpenStream(path);
        return wide
            ? new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16)
            : new Utf8LineReader(stream);
    }

    /// <summary>
    /// The lines of a UTF-8 file (its BOM dropped) as undecoded bytes; null for a UTF-16/32 file, which <see cref="Open"/> reads.
    /// </summary>
    public static ByteLineReader? OpenLineBytes(string path)
    {
        var (stream, wide) = OpenStream(path);
        if (!wide) return new ByteLineReader(stream);
        stream.Dispose();
        return null;
    }

    // The file positioned after a UTF-8 BOM, and whether a UTF-16/32 BOM opens it.
    private static (Stream Stream, bool Wide) OpenStream(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> head = stackalloc byte[4];
        var n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        var wide = n >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF);
        if (!wide && n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) stream.Position = 3;
        return (stream, wide);
    }

    /// <summary>Decodes one line of bytes at a time, each as strict UTF-8 or else Windows-1252.</summary>
    private sealed class Utf8LineReader(Stream stream) : TextReader
    {
        private readonly Stream _stream = stream;
        private readonly byte[] _buffer = new byte[1 << 16];
        private readonly MemoryStream _line = new();
        private int _bufferStart;
        private int _bufferEnd;
        private string _current = "";
        private int _position;

        public override int Peek() => Fill() ? _current[_position] : -1;

        public override int Read() => Fill() ? _current[_position++] : -1;

        public override int Read(Span<char> buffer)
        {
            if (buffer.IsEmpty || !Fill()) return 0;
            var count = Math.Min(buffer.Length, _current.Length - _position);
            _current.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        // A line is cut from the decoded line at once; TextReader's default reads it a character at a time
        // (a virtual call and a StringBuilder append each: a second for the Reuters corpus). Ends as TextReader's:
        // "\n", "\r" or "\r\n" (a file's lines end in '\n' here, so a "\r\n" never spans two of them).
        public override string? ReadLine()
        {
            if (!Fill()) return null;
            var rest = _current.AsSpan(_position);
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                _position = _current.Length;
                return rest.ToString();
            }
            _position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            return rest[..end].ToString();
        }

        // Loads the next line (with its '\n') when the current one is used up; false at end of file.
        private bool Fill()
        {
            if (_position < _current.Length) return true;
            _line.SetLength(0);
            while (true)
            {
                if (_bufferStart == _bufferEnd)
                {
                    _bufferStart = 0;
                    _bufferEnd = _stream.Read(_buffer, 0, _buffer.Length);
                    if (_bufferEnd == 0) break;
                }
                var newline = Array.IndexOf(_buffer, (byte)'\n', _bufferStart, _bufferEnd - _bufferStart);
                var end = newline < 0 ? _bufferEnd : newline + 1;
                _line.Write(_buffer, _bufferStart, end - _bufferStart);
                _bufferStart = end;
                if (newline >= 0) break;
            }
            if (_line.Length == 0) return false;
            _current = TextDecoder.DecodeLine(_line.GetBuffer().AsSpan(0, (int)_line.Length));
            _position = 0;
            return _current.Length > 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) { _stream.Dispose(); _line.Dispose(); }
            base.Dispose(disposing);
        }
    }
}
