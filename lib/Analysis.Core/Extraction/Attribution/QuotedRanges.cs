namespace Analysis.Extraction.Attribution;

/// <summary>
/// The stretches of an article inside quotation marks, found cheaply in one pass: curly marks pair by
/// direction, straight double marks by parity, and an unclosed quotation ends with its paragraph
/// (news style opens each paragraph of a long quotation again).
/// </summary>
internal sealed class QuotedRanges
{
    private static readonly System.Buffers.SearchValues<char> DoubleMarks = System.Buffers.SearchValues.Create("“”\"");
    private readonly List<(int Start, int End)> _ranges = [];

    public QuotedRanges(string text, IReadOnlyList<int> paragraphEnds)
    {
        var open = -1;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            i = Quotes.QuoteMarkScanner.NextStop(text, i, paragraphEnds, next, DoubleMarks);
            if (i >= text.Length) break;
            var c = text[i];
            if (next < paragraphEnds.Count && i >= paragraphEnds[next])
            {
                while (next < paragraphEnds.Count && i >= paragraphEnds[next]) next++;
                if (open >= 0) { _ranges.Add((open, i)); open = -1; }
            }
            else if (c == '“' || (c == '"' && open < 0)) open = i;
            else if ((c == '”' || c == '"') && open >= 0) { _ranges.Add((open, i + 1)); open = -1; }
        }
        if (open >= 0) _ranges.Add((open, text.Length));
    }

    /// <summary>True when <paramref name="offset"/> is inside quotation marks.</summary>
    public bool Contains(int offset)
    {
        // Ranges are sorted and disjoint: binary search for the last range starting at or before offset.
        int lo = 0, hi = _ranges.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_ranges[mid].Start <= offset) lo = mid + 1; else hi = mid - 1;
        }
        return hi >= 0 && offset < _ranges[hi].End;
    }
}
