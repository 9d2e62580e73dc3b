namespace Analysis.Articles;

/// <summary>Reads a folder of article files, applying the manifest beside them.</summary>
internal static class FolderSource
{
    public static IEnumerable<LoadItem> Read(string folder)
    {
        var manifestPath = Path.Combine(folder, Manifest.FileName);
        var manifest = File.Exists(manifestPath) ? Manifest.Read(manifestPath) : Manifest.Empty;
        foreach (var error in manifest.Errors) yield return LoadItem.Failed(error.Source, error.Line, error.Error);

        var files = Directory.EnumerateFiles(folder)
            .Where(f => ArticleSource.ArticleExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var present = files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in manifest.Entries.Values.OrderBy(e => e.Line))
            if (!present.Contains(entry.File))
                yield return LoadItem.Failed(manifestPath, entry.Line, $"manifest names '{entry.File}', which is not in the folder");

        foreach (var item in ReadFiles(files, manifest)) yield return item;
    }

    public static IEnumerable<LoadItem> ReadFiles(IEnumerable<string> files, Manifest manifest)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var item = ReadFile(path, manifest);
            if (item.Article is { } a && !ids.Add(a.Id))
                item = LoadItem.Failed(path, 0, $"duplicate article id '{a.Id}' (another file has the same name without extension); skipped");
            yield return item;
        }
    }

    private static LoadItem ReadFile(string path, Manifest manifest)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return LoadItem.Failed(path, 0, $"cannot read file: {e.Message}"); }
        if (bytes.Length == 0) return LoadItem.Failed(path, 0, "empty file");
        var text = TextDecoder.Decode(bytes, out var problem);
        if (text is null) return LoadItem.Failed(path, 0, problem ?? "not a text file");
        var title = "";
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".html" or ".htm") (text, title) = HtmlText.Extract(text);
        if (string.IsNullOrWhiteSpace(text)) return LoadItem.Failed(path, 0, "no text (only white space or markup)");
        var file = Path.GetFileName(path);
        var entry = manifest.For(file);
        return LoadItem.Of(new Article(Path.GetFileNameWithoutExtension(path), text)
        {
            File = file,
            Outlet = entry?.Outlet ?? "",
            Published = entry?.Published,
            Url = entry?.Url ?? "",
            Title = entry is { Title.Length: > 0 } ? entry.Title : title,
            Source = path,
        });
    }
}
