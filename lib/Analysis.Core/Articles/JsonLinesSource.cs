using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Analysis.Articles;

/// <summary>Reads a JSON Lines corpus: one object per line with id, text and optional metadata.</summary>
internal static class JsonLinesSource
{
    private static readonly string[] Fields = ["id", "text", "outlet", "published", "date", "url", "title"];

    public static IEnumerable<LoadItem> Read(string path)
    {
        using var bytes = TextFile.OpenLineBytes(path);
        using var text = bytes is null ? TextFile.Open(path) : null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        // A UTF-8 file's lines are read as bytes; a UTF-16/32 one's as text.
        for (Record record; (record = bytes is not null ? Next(bytes) : Next(text!)).More;)
        {
            lineNumber++;
            if (record.Blank) continue;
            if (record.Fields is not { } fields)
            {
                yield return LoadItem.Failed(path, lineNumber, record.Error!);
                continue;
            }
            var item = CorpusRecord.ToItem(path, lineNumber, fields, ids);
            if (item.Article is not null && CorpusRecord.BadDate(fields) is { } bad)
                yield return LoadItem.Failed(path, lineNumber, $"bad published date '{bad}' for '{item.Article.Id}'; the article is kept without a date");
            yield return item;
        }
    }

    // One line read: its fields, or why it has none; Blank for a line of whitespace, More false after the last line.
    private readonly record struct Record(bool More, bool Blank, Dictionary<string, string?>? Fields, string? Error);

    private static Record Next(ByteLineReader lines)
    {
        if (!lines.TryRead(out var line)) return default;
        var trimmed = line.TrimStart(" \t\f\v"u8);
        // Other whitespace than ASCII's (a no-break space) is rare enough to decode the line to tell.
        if (trimmed.IsEmpty || trimmed[0] >= 0x80 && string.IsNullOrWhiteSpace(TextDecoder.DecodeLine(line))) return new(true, true, null, null);
        // A line that is not UTF-8 is read as Windows-1252, as every corpus line is (TextDecoder.DecodeLine).
        return Utf8.IsValid(line) ? Parse(line) : Parse(TextDecoder.DecodeLine(line));
    }

    private static Record Next(TextReader reader) =>
        reader.ReadLine() is not { } line ? default
        : string.IsNullOrWhiteSpace(line) ? new(true, true, null, null)
        : Parse(line);

    // One pass of a JSON reader over the line's bytes reads the fields; a line it cannot read as an object of
    // valid fields goes to the document parser, which words the error. Reading a document and then looking its
    // fields up was most of the time spent reading a corpus (Reuters-21578: 0.6 s of a 0.7 s read).
    private static Record Parse(ReadOnlySpan<byte> utf8, string? decoded = null)
    {
        try
        {
            if (TryRead(utf8) is { } fields) return new(true, false, fields, null);
        }
        catch (JsonException)
        {
            // Broken JSON: the document parser below says where.
        }
        return ParseDocument(decoded ?? TextDecoder.DecodeLine(utf8), out var error) is { } parsed
            ? new(true, false, parsed, null)
            : new(true, false, null, error);
    }

    // A line read as text (a UTF-16/32 file, or bytes that were not UTF-8), parsed from its UTF-8 bytes.
    private static Record Parse(string line)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(line.Length));
        try { return Parse(bytes.AsSpan(0, Encoding.UTF8.GetBytes(line, bytes)), line); }
        finally { ArrayPool<byte>.Shared.Return(bytes); }
    }

    // The fields of a JSON object whose named fields are strings or null (a number for the id); null when the line
    // is anything else. A repeated field keeps its last value, as the document parser does.
    private static Dictionary<string, string?>? TryRead(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, state: default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = FieldAt(ref reader);
            reader.Read();
            if (name is null) { reader.Skip(); continue; }
            switch (reader.TokenType)
            {
                case JsonTokenType.String: fields[name] = reader.GetString(); break;
                case JsonTokenType.Null: fields.Remove(name); break;
                case JsonTokenType.Number when name is "id": fields[name] = Encoding.UTF8.GetString(reader.ValueSpan); break;
                default: return null;
            }
        }
        // The object must close the line: anything after it is broken JSON.
        return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? fields : null;
    }

    private static string? FieldAt(ref Utf8JsonReader reader)
    {
        foreach (var name in Fields)
            if (reader.ValueTextEquals(name)) return name;
        return null;
    }

    private static Dictionary<string, string?>? ParseDocument(string line, out string? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) { error = "line is not a JSON object"; return null; }
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in Fields)
            {
                if (!doc.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) continue;
                switch (value.ValueKind)
                {
                    case JsonValueKind.String: fields[name] = value.GetString(); break;
                    case JsonValueKind.Number when name is "id": fields[name] = value.GetRawText(); break;
                    default:
                        error = $"field '{name}' should be a string, not {value.ValueKind.ToString().ToLowerInvariant()}";
                        return null;
                }
            }
            return fields;
        }
        catch (JsonException e)
        {
            error = $"broken JSON: {e.Message}";
            return null;
        }
    }
}
