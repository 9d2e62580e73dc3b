using Analysis.Lexicons;

namespace Analysis.Extraction.People;

/// <summary>
/// Splits capitalised runs of title-case lines (headlines, transcript titles), where verbs and nouns after a name are
/// capitalised too: "Pat Ryder Holds a Press Briefing" must give "Pat Ryder", not "Pat Ryder Holds". A headline word
/// (<c>Rules/people/headline_words.txt</c>: "Says", "Meets", "Holds") ends a name, and a run that starts with a
/// known person's full name ends after it ("Patrick Ryder Visits Troops").
/// </summary>
internal sealed class HeadlineSplitter
{
    // Short words that title case leaves lower-case; they do not count either way.
    private static readonly string[] MinorWords =
        ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "as", "with", "from", "vs", "but", "nor", "via", "into", "amid", "over", "after"];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Minor =
        new HashSet<string>(MinorWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    // Longer lower-case words need no lookup: most words of an ordinary sentence.
    private static readonly int MaxMinorLength = MinorWords.Max(w => w.Length);

    private readonly Lexicon _words = Lexicon.Load("people/headline_words.txt");
    private readonly KnownPeople _known = KnownPeople.Default;

    /// <summary>True when nearly every content word of the line is capitalised (at least three words, 80 %).</summary>
    public static bool IsTitleCase(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var (words, capital) = CountWords(line, stopWhenLowerCase: true);
        return words >= 3 && capital * 5 >= words * 4;
    }

    /// <summary>True when every word but the minor ones of a short text is capitalised: a title ("State of the Union", "Face the Nation").</summary>
    public static bool IsTitle(ReadOnlySpan<char> text)
    {
        var (words, capital) = CountWords(text);
        return words is >= 2 and <= 8 && capital == words;
    }

    // The words that are not minor, and how many of them are capitalised. Read for every sentence, so without
    // allocating: spans over the whitespace-separated words, quotation marks and punctuation around them left out.
    // With `stopWhenLowerCase`, the count stops once the lower-case words are more than a quarter of the capitalised
    // ones plus every word the rest of the line could hold (one per two characters): the line is no title then, and
    // most sentences of a story show it half way.
    private static (int Words, int Capital) CountWords(ReadOnlySpan<char> line, bool stopWhenLowerCase = false)
    {
        int words = 0, capital = 0;
        for (var i = 0; i < line.Length;)
        {
            if (stopWhenLowerCase && 4 * (words - capital) > capital + (line.Length - i + 1) / 2) return (words, capital);
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            var first = start;
            while (first < i && IsMark(line[first])) first++;
            if (first == i || !char.IsLetter(line[first])) continue;
            // The minor words are lower-case: only a lower-case word needs the lookup.
            if (char.IsUpper(line[first])) capital++;
            else
            {
                var end = i;
                while (end > first && IsMark(line[end - 1])) end--;
                if (end - first <= MaxMinorLength && Minor.Contains(line[first..end])) continue;
            }
            words++;
        }
        return (words, capital);
    }

    private static bool IsMark(char c) => c is '“' or '”' or '"' or '‘' or '’' or '\'' or ',' or '.' or ':' or ';' or '(' or ')' or '!' or '?';

    /// <summary>
    /// The parts of a run of a title-case line that may each hold a name, headline words removed: the run's words are
    /// [start, end) offsets in <paramref name="text"/>.
    /// </summary>
    public List<(int Start, int End)[]> Split(string text, ReadOnlySpan<(int Start, int End)> run)
    {
        var parts = new List<(int Start, int End)[]>();
        var current = new List<(int Start, int End)>();
        foreach (var word in run)
        {
            if (_words.Contains(text.AsSpan(word.Start, word.End - word.Start))) { Close(text, parts, current.ToArray()); current.Clear(); }
            else current.Add(word);
        }
        Close(text, parts, current.ToArray());
        return parts;
    }

    private void Close(string text, List<(int Start, int End)[]> parts, (int Start, int End)[] words)
    {
        if (words.Length == 0) return;
        // The longest known full name inside the run ends its part; what follows is another part.
        for (var i = 0; i < words.Length - 1; i++)
            for (var j = words.Length - 1; j > i; j--)
            {
                if (j == words.Length - 1 && i == 0) continue;
                var name = string.Join(' ', words[i..(j + 1)].Select(w => text[w.Start..w.End]));
                if (_known.Canonical(name) is null) continue;
                parts.Add(words[..(j + 1)]);
                Close(text, parts, words[(j + 1)..]);
                return;
            }
        parts.Add(words);
    }
}
