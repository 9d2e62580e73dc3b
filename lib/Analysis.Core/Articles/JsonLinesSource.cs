using System.Text.Json;

namespace Analysis.Articles;

/// <summary>Reads a JSON Lines corpus: one object per line with id, text and optional metadata.</summary>
internal static class JsonLinesSource
{
    private static readonly string[] Fields = ["id", "text", "outlet", "published", "date", "url", "title"];

    public static IEnumerable<LoadItem> Read(string path)
    {
        using var reader = TextFile.Open(path);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = Parse(line, out var error);
            if (fields is null)
            {
                yield return LoadItem.Failed(path, lineNumber, error!);
                continue;
            }
            var item = CorpusRecord.ToItem(path, lineNumber, fields, ids);
            if (item.Article is not null && CorpusRecord.BadDate(fields) is { } bad)
                yield return LoadItem.Failed(path, lineNumber, $"bad published date '{bad}' for '{item.Article.Id}'; the article is kept without a date");
            yield return item;
        }
    }

    private static Dictionary<string, string?>? Parse(string line, out string? error)
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
