using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Extraction.Dates;

/// <summary>
/// Decides whether the clause around a temporal expression is about the future ("will meet on Tuesday"),
/// which makes a weekday or a month without a year the next one rather than the latest one.
/// The clause is the stretch of the sentence between separators (, ; : and "that"); a fronted expression
/// ("On Tuesday, he will ...") reads the clause that follows it.
/// </summary>
internal static class FutureClause
{
    private static readonly Pattern Future = PatternLibrary.Load("dates/patterns.yaml").Pattern("future");

    /// <summary>True when the clause of <paramref name="text"/> around [<paramref name="start"/>, <paramref name="end"/>) (relative offsets) has a future marker.</summary>
    public static bool IsFuture(string text, int start, int end)
    {
        var from = BoundaryBefore(text, start);
        var to = BoundaryAfter(text, end);
        // A fronted expression alone in its clause takes the next clause's tense.
        if (IsBlank(text, from, start) && to < text.Length && IsBlank(text, end, to)) to = BoundaryAfter(text, to + 1);
        var m = Future.Match(text, from, to - from);
        return m.Success;
    }

    private static int BoundaryBefore(string text, int i)
    {
        for (var k = i - 1; k >= 0; k--)
            if (IsSeparator(text, k)) return k + 1;
        return 0;
    }

    private static int BoundaryAfter(string text, int i)
    {
        for (var k = i; k < text.Length; k++)
            if (IsSeparator(text, k)) return k;
        return text.Length;
    }

    private static bool IsSeparator(string text, int k) =>
        text[k] is ',' or ';' or ':'
        || (text[k] == 't' && k > 0 && text[k - 1] == ' ' && string.CompareOrdinal(text, k, "that ", 0, 5) == 0);

    private static bool IsBlank(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!char.IsWhiteSpace(text[k]) && text[k] is not (',' or ';' or ':')) return false;
        return true;
    }
}
