using Analysis.Frames;
using Analysis.Frames.Csv;

namespace Analysis.Articles;

/// <summary>
/// The optional <c>articles.csv</c> beside a folder of articles: <c>file,outlet,published,url,title</c>.
/// Bad rows become errors and the rest of the manifest still applies.
/// </summary>
public sealed class Manifest
{
    /// <summary>The manifest file name looked for in an article folder.</summary>
    public const string FileName = "articles.csv";

    private readonly Dictionary<string, ManifestEntry> _entries;

    private Manifest(Dictionary<string, ManifestEntry> entries, IReadOnlyList<LoadError> errors)
    {
        _entries = entries;
        Errors = errors;
    }

    /// <summary>An empty manifest.</summary>
    public static Manifest Empty { get; } = new(new(StringComparer.Ordinal), []);

    /// <summary>Problems found while reading it.</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>Entries keyed by file name.</summary>
    public IReadOnlyDictionary<string, ManifestEntry> Entries => _entries;

    /// <summary>The entry for a file name, if any.</summary>
    public ManifestEntry? For(string file) => _entries.GetValueOrDefault(file);

    /// <summary>Reads the manifest at <paramref name="path"/>.</summary>
    public static Manifest Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<LoadError>();
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        string text;
        try { text = TextDecoder.Decode(File.ReadAllBytes(path), out var problem) ?? throw new IOException(problem); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Manifest(entries, [new LoadError(path, 0, $"cannot read manifest: {e.Message}")]);
        }
        using var csv = new CsvRecordReader(new StringReader(text), path);
        string[]? header;
        try { header = csv.Read(); }
        catch (CsvFormatException e) { return new Manifest(entries, [new LoadError(path, 1, e.Message)]); }
        if (header is null)
            return new Manifest(entries, [new LoadError(path, 1, "manifest is empty (expected a header: file,outlet,published,url,title)")]);
        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (!columns.Contains("file"))
            return new Manifest(entries, [new LoadError(path, 1, $"manifest has no 'file' column (found: {string.Join(", ", columns)})")]);
        while (true)
        {
            string[]? record;
            try { record = csv.Read(); }
            catch (CsvFormatException e) { errors.Add(new(path, csv.Line, e.Message)); break; }
            if (record is null) break;
            var line = csv.Line;
            string Field(string name)
            {
                var i = Array.IndexOf(columns, name);
                return i >= 0 && i < record.Length ? record[i].Trim() : "";
            }
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            var file = Field("file");
            if (file.Length == 0) { errors.Add(new(path, line, "manifest row has no file name")); continue; }
            if (entries.ContainsKey(file)) { errors.Add(new(path, line, $"duplicate manifest row for '{file}' (the first row is used)")); continue; }
            // A short or long row is most likely a missing or extra comma: keep what can be read, and say so.
            if (record.Length < columns.Length)
                errors.Add(new(path, line, $"manifest row for '{file}' has {record.Length} fields, the header has {columns.Length}; the missing fields are read as empty"));
            else if (record.Length > columns.Length)
                errors.Add(new(path, line, $"manifest row for '{file}' has {record.Length} fields, the header has {columns.Length}; the extra fields are ignored"));
            var rawDate = Field("published");
            if (rawDate.Length == 0) rawDate = Field("date");
            if (!PublicationDate.TryParse(rawDate, out var published))
                errors.Add(new(path, line, $"bad published date '{rawDate}' for '{file}' (expected YYYY-MM-DD); the article is kept without a date"));
            entries[file] = new ManifestEntry(file, Field("outlet"), published, Field("url"), Field("title"), line);
        }
        return new Manifest(entries, errors);
    }
}

/// <summary>One manifest row.</summary>
public sealed record ManifestEntry(string File, string Outlet, DateOnly? Published, string Url, string Title, int Line);
