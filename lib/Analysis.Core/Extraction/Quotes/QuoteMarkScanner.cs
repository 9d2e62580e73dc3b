namespace Analysis.Extraction.Quotes;

/// <summary>
/// Finds quoted passages in one pass over the text: curly double marks pair by direction, straight double marks
/// by parity, and single curly marks (‘ ’) only where ’ closes a quotation (not an apostrophe inside a word, as in
/// "don’t" or "Israel’s"). An unclosed quotation ends with its paragraph: news style reopens each paragraph of a
/// long quotation. Single marks inside a double-quoted passage are quotations within it and are skipped.
/// </summary>
internal static class QuoteMarkScanner
{
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("“”\"‘");

    /// <param name="text">The article text.</param>
    /// <param name="paragraphEnds">Offsets where paragraphs end, ascending (wire copy wraps lines inside paragraphs).</param>
    public static List<QuotedPassage> Scan(string text, IReadOnlyList<int> paragraphEnds)
    {
        var found = new List<QuotedPassage>();
        var open = -1;
        var straight = false;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            i = NextStop(text, i, paragraphEnds, next, Marks);
            if (i >= text.Length) break;
            var c = text[i];
            if (next < paragraphEnds.Count && i >= paragraphEnds[next])
            {
                while (next < paragraphEnds.Count && i >= paragraphEnds[next]) next++;
                if (open >= 0) Add(found, text, open, i, -1, false);
                open = -1;
            }
            else if (open < 0 && (c == '“' || c == '"')) { open = i; straight = c == '"'; }
            else if (open >= 0 && (straight ? c == '"' : c == '”')) { Add(found, text, open, i, i, false); open = -1; }
            else if (open < 0 && c == '‘' && SingleClose(text, i, next < paragraphEnds.Count ? paragraphEnds[next] : text.Length) is var close and >= 0) { Add(found, text, i, close, close, true); i = close; }
        }
        if (open >= 0) Add(found, text, open, text.Length, -1, false);
        return found;
    }

    /// <summary>
    /// The first offset from <paramref name="i"/> where a scan for quotation marks has work: a mark of
    /// <paramref name="marks"/> or the end of paragraph <paramref name="next"/>, whichever comes first (the text's
    /// length when neither does). Nothing happens between them, so a vectorised search skips the rest.
    /// </summary>
    internal static int NextStop(string text, int i, IReadOnlyList<int> paragraphEnds, int next, System.Buffers.SearchValues<char> marks)
    {
        var limit = next < paragraphEnds.Count ? Math.Min(paragraphEnds[next], text.Length) : text.Length;
        if (i >= limit) return i;
        var hit = text.AsSpan(i, limit - i).IndexOfAny(marks);
        return hit < 0 ? limit : i + hit;
    }

    // The ’ that closes a single-quoted passage opened at `open`: not followed by a letter, within the paragraph.
    private static int SingleClose(string text, int open, int paragraphEnd)
    {
        for (var j = open + 1; j < paragraphEnd && j < open + 600; j++)
        {
            var c = text[j];
            if (c is '“' or '”') return -1;
            if (c == '’' && (j + 1 >= text.Length || !char.IsLetter(text[j + 1]))) return j;
        }
        return -1;
    }

    private static void Add(List<QuotedPassage> found, string text, int open, int end, int close, bool single)
    {
        var start = open + 1;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        // The comma before a closing mark is punctuation of the attribution, not of the quotation.
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        if (end > start) found.Add(new QuotedPassage(open, start, end, close, single));
    }
}
