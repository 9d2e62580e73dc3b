using System.Runtime.InteropServices;
using Analysis.Lexicons;
using Analysis.Text;

namespace Analysis.Extraction.People;

/// <summary>
/// Finds capitalised runs in each sentence, strips title and rank words from their front
/// (<c>Rules/people/title_words.txt</c>), and records the cues around the remaining name: a title, a reporting
/// verb, attributive use. Ships ("USS Truman") and places ("Austin, Texas") are dropped here.
/// </summary>
internal sealed class NameCandidateFinder
{
    private readonly Pattern _run, _runCapital, _prefixedWord, _ship, _owned, _placeAfter, _namedAfter;
    private readonly Lexicon _titles = Lexicon.Load("people/title_words.txt");
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _honorifics =
        new HashSet<string>(Lexicon.Load("people/honorifics.txt").Terms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Lexicon _function = Lexicon.Load("people/function_words.txt");
    private readonly Lexicon _namedAfterHeads = Lexicon.Load("people/named_after_heads.txt");
    private readonly Lexicon _suffixes = Lexicon.Load("people/name_suffixes.txt");
    private readonly HeadlineSplitter _headline = new();

    public NameCandidateFinder()
    {
        var p = PatternLibrary.Load("people/patterns.yaml");
        _run = p.Pattern("run");
        _runCapital = p.Pattern("runCapital");
        _prefixedWord = p.Pattern("prefixedWord");
        _ship = p.Pattern("shipPrefix");
        _owned = p.Pattern("ownedBefore");
        _placeAfter = p.Pattern("placeAfter");
        _namedAfter = p.Pattern("namedAfterPerson");
    }

    public List<NameCandidate> Find(Document doc)
    {
        var found = new List<NameCandidate>();
        var text = doc.Text;
        // The runs of a sentence as spans: a capitalised run is found at some 6 words in 10 of newswire, too often
        // to build a match object (and its groups) for each; so are their words, as offsets in the text.
        var runs = new List<(int Start, int End)>();
        var words = new List<(int Start, int End)>();
        foreach (var sentence in doc.Sentences)
        {
            var sentenceText = doc.TextOf(sentence);
            bool? titleCase = null; // read at the first run that may hold a name: most sentences open with a lone "The"
            // Without a prefixed name word ("al-Sudani") in the sentence, the runs all start with a capital letter.
            runs.Clear();
            (_prefixedWord.MayMatch(sentenceText) ? _run : _runCapital).AddSpans(sentenceText, runs);
            foreach (var (start, end) in runs)
            {
                var possessive = EndsPossessive(sentenceText.AsSpan(start, end - start));
                var run = sentenceText.AsSpan(start, end - start - (possessive ? 2 : 0));
                // A lone function word ("The", "In") is no name on any line, title case or not.
                if (!Whitespace.Occurs(run) && _function.Contains(run)) continue;
                Words(run, sentence.Start + start, words);
                titleCase ??= HeadlineSplitter.IsTitleCase(sentenceText);
                if (titleCase == false) { Add(found, Candidate(text, sentence, CollectionsMarshal.AsSpan(words), possessive, false)); continue; }
                // A title-case line capitalises verbs and nouns after a name: split the run there.
                var parts = _headline.Split(text, CollectionsMarshal.AsSpan(words));
                for (var i = 0; i < parts.Count; i++)
                    Add(found, Candidate(text, sentence, parts[i], i == parts.Count - 1 && parts[i][^1] == words[^1] && possessive, true));
            }
        }
        return found;
    }

    /// <summary>
    /// Whether a match of the run patterns closes with their possessive (<c>poss</c>: "’s" or "'s"). No name word
    /// ends in one (people/patterns.yaml <c>wordBefore</c> refuses it), so the match's last two characters tell.
    /// </summary>
    internal static bool EndsPossessive(ReadOnlySpan<char> match) =>
        match.Length > 2 && match[^1] == 's' && match[^2] is '’' or '\'';

    private static void Add(List<NameCandidate> found, NameCandidate? c)
    {
        if (c is not null) found.Add(c);
    }

    // The words of a run are [start, end) offsets in the text.
    private NameCandidate? Candidate(string text, Sentence sentence, ReadOnlySpan<(int Start, int End)> words, bool possessive, bool titleCase)
    {
        // A generational suffix is not part of the name ("Charles Q. Brown Jr.").
        if (words.Length > 1 && _suffixes.Contains(Of(text, words[^1]))) words = words[..^1];
        // A thing named after a person ("Sheikh Zayed Foundation") is no mention of them.
        if (words.Length == 0 || _namedAfterHeads.Contains(Of(text, words[^1]))) return null;
        // Strip title words from the front; a title just before the run counts too ("spokesman John Kirby", "Gen. Ryder").
        var lead = 0;
        while (lead < words.Length && _function.Contains(Of(text, words[lead]))) lead++;
        var first = lead;
        while (first < words.Length && IsTitle(Of(text, words[first]))) first++;
        if (first == words.Length) return null;
        // A title inside the run starts the name after it ("Commerce Secretary Claude Lambert", "External Affairs Commissioner X").
        for (var i = words.Length - 2; i >= first; i--)
            if (IsTitle(Of(text, words[i]))) { first = i + 1; break; }
        var title = first == lead ? "" : Title(text, words[lead..first]);
        var personTitle = false;
        for (var i = lead; i < first && !personTitle; i++) personTitle = _titles.ValueOf(Of(text, words[i])) == "person";
        var (beforeStart, beforeEnd) = LastWord(text, Math.Max(sentence.Start, words[0].Start - 40), words[0].Start);
        var lastBefore = text.AsSpan(beforeStart, beforeEnd - beforeStart);
        // What a company owns is no person ("its Joe Mann mine", "its Dr. Scholl's businesses"): read before the run,
        // and before an honorific opening it.
        var ownedEnd = _honorifics.Contains(lastBefore) ? beforeStart : words[0].Start;
        if (ownedEnd > sentence.Start && _owned.IsMatch(Window(text, Math.Max(sentence.Start, ownedEnd - 8), ownedEnd))) return null;
        if (first == lead && lastBefore.Length > 0 && _titles.ValueOf(lastBefore) == "person")
        {
            title = lastBefore.ToString().ToLowerInvariant();
            personTitle = true;
        }
        var nameStart = words[first].Start;
        var nameEnd = words[^1].End;
        // Trailing initials or abbreviations are not name words ("… Austin J." never happens; "Gen." alone is a title).
        if (text[nameEnd - 1] == '.') return null;
        // The windows around the name are read in place; only the cues the classifier asks for copy theirs.
        if (_ship.IsMatch(Window(text, Math.Max(sentence.Start, nameStart - 12), nameStart))) return null;
        var afterEnd = nameEnd + Math.Min(80, sentence.End - nameEnd);
        var after = Window(text, nameEnd, afterEnd);
        if (_placeAfter.IsMatch(after) || (!possessive && _namedAfter.IsMatch(after))) return null;
        // A wrapped line inside the name ("Pat\nCarney") reads as one space.
        var name = text.AsSpan(nameStart, nameEnd - nameStart).IndexOfAny('\n', '\r') < 0
            ? text[nameStart..nameEnd]
            : Whitespace.Collapse(text[nameStart..nameEnd]);
        return new NameCandidate(name, nameStart, nameEnd, sentence.Index, title)
        {
            WordCount = words.Length - first,
            HasPersonTitle = personTitle,
            HasHonorific = _honorifics.Contains(first > lead ? Of(text, words[first - 1]) : lastBefore) && !(after.Length > 0 && after[0] == '.'),
            IsSentenceInitial = IsSentenceStart(text, sentence.Start, nameStart),
            Cues = new NameCues(text, (Math.Max(sentence.Start, words[0].Start - 20), words[0].Start), (nameEnd, afterEnd), possessive, titleCase),
        };
    }

    // The title words before a name, lower case, joined by single spaces ("defense secretary").
    private static string Title(string text, ReadOnlySpan<(int Start, int End)> words)
    {
        var parts = new string[words.Length];
        for (var i = 0; i < words.Length; i++) parts[i] = text[words[i].Start..words[i].End].ToLowerInvariant();
        return string.Join(' ', parts);
    }

    private static ReadOnlySpan<char> Of(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start);

    private bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    // Only quotation marks, brackets or spaces stand between the sentence start and the word.
    private static bool IsSentenceStart(string text, int sentenceStart, int word)
    {
        for (var i = sentenceStart; i < word; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('“' or '"' or '‘' or '(' or '[' or '-' or '—')) return false;
        return true;
    }

    private static ReadOnlySpan<char> Window(string text, int start, int end) => text.AsSpan(start, end - start);

    // The whitespace-separated words of a run, as [start, end) offsets in the text (the run starts at `offset`), into `words`.
    private static void Words(ReadOnlySpan<char> run, int offset, List<(int Start, int End)> words)
    {
        words.Clear();
        var i = 0;
        while (i < run.Length)
        {
            while (i < run.Length && char.IsWhiteSpace(run[i])) i++;
            var s = i;
            while (i < run.Length && !char.IsWhiteSpace(run[i])) i++;
            if (i > s) words.Add((offset + s, offset + i));
        }
    }

    // The last whitespace-separated word of text[start, end), as [start, end) offsets (empty at `start` for none).
    private static (int Start, int End) LastWord(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var b = end;
        while (b > start && !char.IsWhiteSpace(text[b - 1])) b--;
        return (b, end);
    }
}
