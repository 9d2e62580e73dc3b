namespace Analysis.Extraction;

/// <summary>Applies corpus-level name resolution to a finished set of results (see the people step's resolver).</summary>
internal static class CorpusNames
{
    public static IEnumerable<ExtractedItem> Resolve(IReadOnlyList<ExtractedItem> items)
    {
        // Placeholder until People.CorpusNameResolver lands: results pass through unchanged.
        return items;
    }
}
