namespace Analysis.Frames.Csv;

/// <summary>
/// Interns repeated cell text (names, kinds, ids) so a million-row column holds each distinct string once, and
/// looks spans up without allocating. Stops growing past a cap so columns of unique text do not pay twice.
/// </summary>
internal sealed class StringPool
{
    private const int MaxEntries = 200_000;
    private const int MaxLength = 256;

    private readonly HashSet<string> _set = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        var lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var created = text.ToString();
        if (_set.Count < MaxEntries)
        {
            _set.Add(created);
        }

        return created;
    }
}
