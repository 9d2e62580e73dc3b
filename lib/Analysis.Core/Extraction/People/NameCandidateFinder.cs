using System.Text.RegularExpressions;
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
    private readonly Regex _run, _ship, _placeAfter, _attributive, _verbAfter, _verbBefore;
    private readonly Lexicon _titles = Lexicon.Load("people/title_words.txt");
    private readonly Lexicon _function = Lexicon.Load("people/function_words.txt");

    public NameCandidateFinder()
    {
        var p = PatternLibrary.Load("people/patterns.yaml");
        _run = p.Regex("run");
        _ship = p.Regex("shipPrefix");
        _placeAfter = p.Regex("placeAfter");
        _attributive = p.Regex("attributiveAfter");
        _verbAfter = p.Regex("verbAfter");
        _verbBefore = p.Regex("verbBefore");
    }

    public List<NameCandidate> Find(Document doc)
    {
        var found = new List<NameCandidate>();
        var text = doc.Text;
        foreach (var sentence in doc.Sentences)
        {
            var sentenceText = doc.TextOf(sentence);
            for (var m = _run.Match(sentenceText); m.Success; m = m.NextMatch())
                if (Candidate(text, sentence, m) is { } c) found.Add(c);
        }
        return found;
    }

    private NameCandidate? Candidate(string text, Sentence sentence, Match m)
    {
        var run = m.Groups["run"];
        var words = Words(run.Value, sentence.Start + run.Index);
        // Strip title words from the front; a title just before the run counts too ("spokesman John Kirby", "Gen. Ryder").
        var lead = 0;
        while (lead < words.Count && _function.Contains(words[lead].Text)) lead++;
        var first = lead;
        while (first < words.Count && IsTitle(words[first].Text)) first++;
        if (first == words.Count) return null;
        // A title inside the run starts the name after it ("Commerce Secretary Claude Lambert", "External Affairs Commissioner X").
        for (var i = words.Count - 2; i >= first; i--)
            if (IsTitle(words[i].Text)) { first = i + 1; break; }
        var titleWords = words.Skip(lead).Take(first - lead).Select(w => w.Text).ToList();
        var title = string.Join(' ', titleWords.Select(w => w.ToLowerInvariant()));
        var personTitle = titleWords.Any(w => _titles.ValueOf(w) == "person");
        var before = text.AsSpan(Math.Max(sentence.Start, words[0].Start - 40), words[0].Start - Math.Max(sentence.Start, words[0].Start - 40)).ToString();
        var lastBefore = LastWord(before);
        if (first == lead && lastBefore.Length > 0 && _titles.ValueOf(lastBefore) == "person")
        {
            title = lastBefore.ToLowerInvariant();
            personTitle = true;
        }
        var nameStart = words[first].Start;
        var nameEnd = words[^1].Start + words[^1].Text.Length;
        // Trailing initials or abbreviations are not name words ("… Austin J." never happens; "Gen." alone is a title).
        if (words[^1].Text.EndsWith('.')) return null;
        var beforeName = text.AsSpan(Math.Max(sentence.Start, nameStart - 12), nameStart - Math.Max(sentence.Start, nameStart - 12)).ToString();
        if (_ship.IsMatch(beforeName)) return null;
        var after = text.AsSpan(nameEnd, Math.Min(80, sentence.End - nameEnd)).ToString();
        if (_placeAfter.IsMatch(after)) return null;
        var possessive = m.Groups["poss"].Success;
        var name = text[nameStart..nameEnd];
        return new NameCandidate(name, nameStart, nameEnd, sentence.Index, title)
        {
            WordCount = words.Count - first,
            HasPersonTitle = personTitle,
            HasVerb = _verbAfter.IsMatch(possessive ? "" : after) || _verbBefore.IsMatch(beforeName.Length > 0 ? text[Math.Max(sentence.Start, words[0].Start - 20)..words[0].Start] : ""),
            IsAttributive = possessive || _attributive.IsMatch(after),
        };
    }

    private bool IsTitle(string word) => _titles.Contains(word);

    private static List<(string Text, int Start)> Words(string run, int offset)
    {
        var words = new List<(string, int)>();
        var i = 0;
        while (i < run.Length)
        {
            while (i < run.Length && char.IsWhiteSpace(run[i])) i++;
            var s = i;
            while (i < run.Length && !char.IsWhiteSpace(run[i])) i++;
            if (i > s) words.Add((run[s..i], offset + s));
        }
        return words;
    }

    private static string LastWord(string s)
    {
        var e = s.Length;
        while (e > 0 && char.IsWhiteSpace(s[e - 1])) e--;
        var b = e;
        while (b > 0 && !char.IsWhiteSpace(s[b - 1])) b--;
        return s[b..e];
    }
}
