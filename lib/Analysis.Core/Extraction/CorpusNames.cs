using Analysis.Extraction.People;

namespace Analysis.Extraction;

/// <summary>
/// Corpus-level name resolution: a surname used alone in one article ("said Biden") takes the
/// full name another article or the known-people list gives ("Joe Biden").
/// </summary>
internal static class CorpusNames
{
    public static IEnumerable<ExtractedItem> Resolve(IReadOnlyList<ExtractedItem> items)
    {
        var resolver = new CorpusNameResolver();
        foreach (var item in items)
            if (item.Result is { } r) resolver.Observe(r);
        return items.Select(i => i.Result is { } r ? i with { Result = resolver.Apply(r) } : i);
    }
}
