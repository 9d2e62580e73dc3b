using Analysis.Frames;
using Analysis.Frames.Csv;

namespace Analysis.Articles;

/// <summary>Reads a CSV corpus with a header row: id, text and optional metadata columns.</summary>
internal static class CsvCorpusSource
{
    public static IEnumerable<LoadItem> Read(string path)
    {
        var delimiter = Path.GetExtension(path).Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';
        using var csv = new CsvRecordReader(TextFile.Open(path), path, delimiter);
        var (header, problem) = ReadHeader(csv);
        if (header is null)
        {
            yield return LoadItem.Failed(path, 1, problem!);
            yield break;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            string[]? record;
            string? broken = null;
            try { record = csv.Read(); }
            catch (CsvFormatException e) { record = null; broken = e.Message; }
            if (broken is not null)
            {
                // Past a malformed quote nothing can be trusted: report it and stop this file.
                yield return LoadItem.Failed(path, csv.Line, $"malformed CSV, rest of file skipped: {broken}");
                yield break;
            }
            if (record is null) yield break;
            if (record.Length == 1 && record[0].Length == 0) continue;
            if (record.Length != header.Length)
            {
                yield return LoadItem.Failed(path, csv.Line, $"row has {record.Length} fields, the header has {header.Length}");
                continue;
            }
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) fields[header[i]] = record[i];
            var item = CorpusRecord.ToItem(path, csv.Line, fields, ids);
            if (item.Article is not null && CorpusRecord.BadDate(fields) is { } bad)
                yield return LoadItem.Failed(path, csv.Line, $"bad published date '{bad}' for '{item.Article.Id}'; the article is kept without a date");
            yield return item;
        }
    }

    private static (string[]? Header, string? Problem) ReadHeader(CsvRecordReader csv)
    {
        string[]? header;
        try { header = csv.Read(); }
        catch (CsvFormatException e) { return (null, e.Message); }
        if (header is null) return (null, "CSV corpus is empty (expected a header with id and text)");
        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        return columns.Contains("id") && columns.Contains("text")
            ? (columns, null)
            : (null, $"CSV corpus needs 'id' and 'text' columns (found: {string.Join(", ", columns)})");
    }
}
