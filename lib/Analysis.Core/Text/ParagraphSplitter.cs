namespace Analysis.Text;

/// <summary>
/// Splits text into paragraphs. Most web articles put one paragraph on a line; wire copy
/// (Reuters) wraps lines at ~65 characters and marks paragraphs by indentation or blank lines,
/// so a line break is a paragraph break only when the layout says so.
/// </summary>
internal sealed class ParagraphSplitter
{
    /// <summary>Paragraph spans, trimmed of surrounding white space, empty ones dropped.</summary>
    public IEnumerable<(int Start, int End)> Split(string text)
    {
        var wrapped = LooksWrapped(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Line ends are found by a vectorised search: lines are long next to the work per line.
            var hit = text.AsSpan(i).IndexOfAny('\n', '\r');
            if (hit < 0) break;
            i += hit;
            var c = text[i];
            // \r\n counts once; a lone \r is a line end too.
            var next = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            if (!wrapped || IsHardBreak(text, i, next))
            {
                if (Trim(text, start, i) is { } p) yield return p;
                start = next;
            }
            i = next - 1;
        }
        if (Trim(text, start, text.Length) is { } last) yield return last;
    }

    // In wrapped text a break is hard before a blank line or an indented line.
    private static bool IsHardBreak(string text, int lineEnd, int next)
    {
        if (next >= text.Length) return true;
        var c = text[next];
        return c is '\n' or '\r' or ' ' or '\t';
    }

    /// <summary>Wire copy: most lines are short and many do not end a sentence.</summary>
    internal static bool LooksWrapped(string text)
    {
        int lines = 0, shortOpen = 0, lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var hit = text.AsSpan(i).IndexOf('\n');
            i = hit < 0 ? text.Length : i + hit;
            var line = text.AsSpan(lineStart, i - lineStart).TrimEnd();
            lineStart = i + 1;
            if (line.IsEmpty) continue;
            lines++;
            var last = line[^1];
            if (line.Length <= 90 && last is not ('.' or '!' or '?' or ':' or '"' or '”' or ')'))
                shortOpen++;
            if (lines >= 400) break; // a sample is enough on huge inputs
        }
        return lines >= 4 && shortOpen * 2 >= lines;
    }

    private static (int, int)? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start ? (start, end) : null;
    }
}
