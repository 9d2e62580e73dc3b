using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Text;

/// <summary>
/// Splits a paragraph into sentences at '.', '!' or '?' (with any closing quotes or brackets)
/// followed by white space and a plausible sentence start. Rules (abbreviations, sentence
/// starters, trailing attributions) are data files under Rules/text.
/// </summary>
internal sealed class SentenceSplitter
{
    private readonly Lexicon _abbreviations = Lexicon.Load("text/abbreviations.txt");
    private readonly Lexicon _starters = Lexicon.Load("text/sentence_starters.txt");
    private readonly Pattern _trailingAttribution = PatternLibrary.Load("text/patterns.yaml").Pattern("trailingAttribution");

    /// <summary>Adds the sentence spans within [start, end), trimmed, to <paramref name="sentences"/>.</summary>
    public void Split(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            // The next terminator, found by a vectorised search.
            var hit = text.AsSpan(i, end - i).IndexOfAny('.', '!', '?');
            if (hit < 0) break;
            i += hit;
            var after = i + 1;
            while (after < end && text[after] is '.' or '!' or '?') after++;            // "?!", "..."
            while (after < end && IsCloser(text[after])) after++;                         // .” or .)
            if (after >= end) break;
            if (!char.IsWhiteSpace(text[after])) { i = after - 1; continue; }            // "5.93", "Maj.-Gen."
            var next = after;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end) break;
            if (!EndsHere(text, sentenceStart, i, after, next, end)) { i = after - 1; continue; }
            sentences.Add((sentenceStart, after));
            sentenceStart = next;
            i = next - 1;
        }
        var e = end;
        while (e > sentenceStart && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > sentenceStart) sentences.Add((sentenceStart, e));
    }

    private bool EndsHere(string text, int sentenceStart, int terminator, int after, int next, int end)
    {
        var n = text[next];
        // A new sentence starts with a capital, a digit, or an opening quote/bracket.
        if (!(char.IsUpper(n) || char.IsDigit(n) || n is '“' or '"' or '‘' or '\'' or '(' or '[' or '*' or '-' or '—' or '•'))
            return false;
        var closedQuote = after > terminator + 1 && text[after - 1] is '”' or '"' or '’' or '\'';
        if (closedQuote)
        {
            // “We will go.” Kirby said. — the attribution belongs to the quotation's sentence.
            var m = _trailingAttribution.Match(text, next, end - next);
            return !(m.Success && m.Index == next);
        }
        if (text[terminator] != '.') return true;
        var word = WordBefore(text, sentenceStart, terminator);
        if (word.Length == 0) return true;
        // Initials ("Lloyd J. Austin") and single letters.
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        var abbreviation = _abbreviations.ValueOf(word);
        if (abbreviation is null) return true;
        if (abbreviation == "num") return !char.IsDigit(n);
        // "U.S." and "Inc." may end a sentence: only when a typical sentence opener follows.
        return abbreviation == "end" && _starters.Contains(NextWord(text, next, end));
    }

    private static bool IsCloser(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»';

    // The token before the terminator, keeping inner periods and hyphens ("U.S", "Maj.-Gen", "a.m").
    private static string WordBefore(string text, int sentenceStart, int terminator)
    {
        var s = terminator;
        while (s > sentenceStart && (char.IsLetter(text[s - 1]) || text[s - 1] is '.' or '-')) s--;
        return text[s..terminator];
    }

    private static string NextWord(string text, int next, int end)
    {
        var e = next;
        while (e < end && char.IsLetter(text[e])) e++;
        return text[next..e];
    }
}
