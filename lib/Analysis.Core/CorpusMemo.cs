using Analysis.Extraction;

namespace Analysis;

/// <summary>
/// The corpus last extracted by <see cref="Corpus.Load"/>, kept for the next load of the same unchanged input:
/// a report runs several notebooks that each load the corpus, and a kernel session re-runs cells that do,
/// so without it a big corpus was extracted once per notebook. The input is fingerprinted by the path, size and
/// write time of every file in it, so an edited article is extracted anew. One corpus is kept, no more.
/// </summary>
internal static class CorpusMemo
{
    private static readonly Lock Gate = new();
    private static (string Key, Corpus Corpus)? _last;

    /// <summary>The corpus of <paramref name="path"/>: the kept one when its input is unchanged, else <paramref name="extract"/>'s.</summary>
    public static Corpus GetOrExtract(string path, ExtractOptions? options, Func<Corpus> extract)
    {
        // Only default extractions are shared: a progress callback or a shard makes a load its own.
        if (options is not null && options != ExtractOptions.Default) return extract();
        var key = Fingerprint(path);
        lock (Gate)
            if (_last is { } last && last.Key == key) return last.Corpus;
        var corpus = extract();
        lock (Gate) _last = (key, corpus);
        return corpus;
    }

    private static string Fingerprint(string path)
    {
        var full = Path.GetFullPath(path);
        IEnumerable<string> files = Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [full];
        return string.Join('\n', files.Select(f => new FileInfo(f)).Select(f =>
            f.Exists ? $"{f.FullName}\t{f.Length}\t{f.LastWriteTimeUtc.Ticks}" : f.FullName));
    }
}
