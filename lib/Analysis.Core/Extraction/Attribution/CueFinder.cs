using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Extraction.Attribution;

/// <summary>
/// Finds attribution cues in one sentence with the named patterns of <c>Rules/attribution/patterns.yaml</c>:
/// subject + reporting verb, reporting verb + subject after a quotation, "according to X", "seen by X",
/// and the subject of a sentence that introduces a quotation after a colon. It scans the words once and
/// tries the anchored patterns only at trigger words (a reporting verb, "according", a document noun), so
/// the cost is linear in the text. Cues whose source is inside quotation marks are ignored: they belong to
/// the quoted speaker's words, not to the article's attribution.
/// </summary>
internal sealed class CueFinder
{
    // A subject with an appositive runs to a dozen words ("Bristol-Myers, the third largest drug company in the U.S., said").
    private const int MaxSubjectWords = 12;
    private readonly Pattern _verbAt, _subjectAfter, _according, _byPhrase, _colon, _backReference, _clauseSubject;
    // Words at the start of a sentence tried for the subject of a participle ("Later, Sullivan told …, saying").
    private const int ClauseSubjectWords = 3;
    private readonly Pattern[] _subjectBefore; // its alternatives, tried in turn (patterns.yaml says why)
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _functionWords, _weekdays;
    private readonly Lexicon _invertingVerbs = Lexicon.Load("attribution/inverting_verbs.txt");
    // The words that start a cue, one lookup per word of the sentence: a reporting verb's first word, "according" or a
    // document noun (by_nouns.txt). Words shorter or longer than all of them are not looked up.
    private readonly Dictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> _cueWords;
    private readonly int _shortestCueWord, _longestCueWord;

    private enum CueWord { Verb, According, ByNoun }

    public CueFinder()
    {
        var p = PatternLibrary.Load("attribution/patterns.yaml");
        _verbAt = p.Pattern("verbAt");
        _subjectBefore = [p.Pattern("subjectBeforePronoun"), p.Pattern("subjectBeforeGroup"), p.Pattern("subjectBeforeTitle"), p.Pattern("subjectBeforeName")];
        _subjectAfter = p.Pattern("subjectAfter");
        _according = p.Pattern("accordingTo");
        _byPhrase = p.Pattern("byPhrase");
        _colon = p.Pattern("colonSubject");
        _backReference = p.Pattern("backReference");
        _clauseSubject = p.Pattern("clauseSubject");
        // First words of the reporting verbs ("pointed" of "pointed out") trigger the verb pattern; a word that is both a
        // verb and a document noun ("reports") is read as the verb.
        var cueWords = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var noun in Lexicon.Load("attribution/by_nouns.txt").Terms) cueWords[noun] = CueWord.ByNoun;
        cueWords["according"] = CueWord.According;
        foreach (var verb in Lexicon.Load("people/reporting_verbs.txt").Terms) cueWords[verb.Split(' ')[0]] = CueWord.Verb;
        (_shortestCueWord, _longestCueWord) = (cueWords.Keys.Min(k => k.Length), cueWords.Keys.Max(k => k.Length));
        _cueWords = cueWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _functionWords = WordSet(Lexicon.Load("people/function_words.txt").Terms);
        // Weekdays only: a month may be a surname ("May said").
        _weekdays = WordSet(Lexicon.Load("dates/weekdays.txt").Terms);
    }

    /// <summary>
    /// The cues of a sentence, in text order, at offsets in the document: <paramref name="text"/> is the sentence's own
    /// string, which starts at <paramref name="offset"/> (its trigger words are read once for every pattern, TriggerIndex).
    /// </summary>
    public List<AttributionCue> Find(string text, int offset, QuotedRanges quoted)
    {
        var end = text.Length;
        var cues = new List<AttributionCue>();
        Span<int> wordStarts = stackalloc int[MaxSubjectWords];
        var seen = 0;
        var i = 0;
        while (i < end)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var w = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            if (i - w >= _shortestCueWord && i - w <= _longestCueWord && _cueWords.TryGetValue(text.AsSpan(w, i - w), out var cue))
            {
                if (cue == CueWord.Verb) Verb(text, w, wordStarts, seen, cues, offset, quoted);
                else Add(cues, (cue == CueWord.According ? _according : _byPhrase).Match(text, w, end - w), offset, quoted, CueKind.Verb);
            }
            wordStarts[seen % MaxSubjectWords] = w;
            seen++;
        }
        if (cues.Count == 0 && text.Contains(':'))
            Add(cues, _colon.Match(text, 0, end), offset, quoted, CueKind.Colon);
        cues.Sort((a, b) => a.CueStart.CompareTo(b.CueStart));
        return cues;
    }

    /// <summary>True when the sentence (its own string) only points back at the one before ("That’s according to …").</summary>
    public bool IsBackReference(string sentence) => _backReference.Match(sentence).Success;

    // A reporting verb: its subject before it ("Kirby said"), else after it following a quotation ("…,” said Biden").
    private void Verb(string text, int verb, Span<int> wordStarts, int seen, List<AttributionCue> cues, int offset, QuotedRanges quoted)
    {
        var end = text.Length;
        var v = _verbAt.Match(text, verb, end - verb);
        if (!v.Success) return;
        // Leftmost start first: the longest subject ("Deputy Pentagon Press Secretary Sabrina Singh"). The windows only
        // shrink, so an alternative whose trigger words have left the window (the group's head nouns) is not tried again.
        Span<bool> live = stackalloc bool[_subjectBefore.Length];
        live.Fill(true);
        for (var k = Math.Min(seen, MaxSubjectWords); k >= 1; k--)
        {
            var s = wordStarts[(seen - k) % MaxSubjectWords];
            for (var a = 0; a < _subjectBefore.Length; a++)
            {
                live[a] = live[a] && _subjectBefore[a].MayMatch(text, s, verb - s);
                if (live[a] && _subjectBefore[a].Match(text, s, verb - s) is { Success: true } m)
                {
                    if (!AfterBareComma(text, m, v, offset, quoted, cues)) Add(cues, m, offset, quoted, CueKind.Verb, verb + v.Length);
                    return;
                }
            }
        }
        var before = verb - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        if (before >= 0 && text[before] == ',' && IsParticiple(v)) ClauseSubject(text, before, offset, quoted, cues, verb + v.Length);
        else if (before >= 0 && text[before] is ',' or '”' or '"' or '’')
            Add(cues, _subjectAfter.Match(text, verb + v.Length, end - verb - v.Length), offset, quoted, CueKind.Verb, cueStart: before);
    }

    // "…to Ukraine, says Starmer": a bare comma between a subject and a verb that may invert (inverting_verbs.txt) makes
    // the source after the verb the subject, when one follows and closes the clause; before a participle ("…to Ukraine,
    // saying") the subject is the clause's, not the word before the comma. False when neither applies.
    private bool AfterBareComma(string text, Match subject, Match v, int offset, QuotedRanges quoted, List<AttributionCue> cues)
    {
        if (CommaBetween(text, subject, v.Index) is not (var comma and >= 0)) return false;
        var verbEnd = v.Index + v.Length;
        if (IsParticiple(v))
        {
            ClauseSubject(text, comma, offset, quoted, cues, verbEnd);
            return true;
        }
        return _invertingVerbs.Contains(v.Groups["verb"].Value)
            && _subjectAfter.Match(text, verbEnd, text.Length - verbEnd) is { Success: true } inverted
            && EndsClause(text, inverted.Index + inverted.Length)
            && Add(cues, inverted, offset, quoted, CueKind.Verb, cueStart: comma);
    }

    private static bool IsParticiple(Match verb) => verb.Groups["verb"].ValueSpan.EndsWith("ing");

    // The subject of the clause a participle follows: the first source at one of the sentence's first words that is no
    // function word ("But Sullivan …" → Sullivan), before the comma.
    private void ClauseSubject(string text, int comma, int offset, QuotedRanges quoted, List<AttributionCue> cues, int cueEnd)
    {
        for (int at = 0, words = 0; at < comma && words < ClauseSubjectWords; words++)
        {
            while (at < comma && !char.IsLetter(text[at])) at++;
            var wordEnd = at;
            while (wordEnd < comma && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
            if (at < comma && !IsDateline(text, wordEnd, comma)
                && Add(cues, _clauseSubject.Match(text, at, comma - at), offset, quoted, CueKind.Verb, cueEnd)) return;
            at = wordEnd;
        }
    }

    // A word followed by a dash opens a dateline ("BAHRAIN - Iran reported …"): a place, not the subject.
    private static bool IsDateline(string text, int wordEnd, int end)
    {
        var rest = text.AsSpan(wordEnd, end - wordEnd).TrimStart();
        return !rest.IsEmpty && rest[0] is '-' or '–' or '—';
    }

    // True when a source after its verb closes the clause ("…, says Starmer." / "…, said one analyst, who…"), so it is the
    // verb's subject and no subject of a reported clause ("…, said Peru would keep its freeze").
    private static bool EndsClause(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        return rest.IsEmpty || rest[0] is ',' or '.' or ';' or ':' or '!' or '?' or '"' or '”' or '(';
    }

    // Where the comma is when only a comma (and spaces) stands between the source a subject match names and the verb, else -1.
    private static int CommaBetween(string text, Match subject, int verb)
    {
        var (source, _) = SourceIn(subject);
        var from = source.Index + source.Length;
        return text.AsSpan(from, verb - from).Trim() is "," ? text.IndexOf(',', from) : -1;
    }

    // Adds the cue of a match in the sentence, at offsets in the document.
    private bool Add(List<AttributionCue> cues, Match m, int offset, QuotedRanges quoted, CueKind kind, int cueEnd = -1, int cueStart = -1)
    {
        if (!m.Success) return false;
        var (group, form) = SourceIn(m);
        if (!group.Success || quoted.Contains(offset + group.Index)) return false;
        if (form == SourceForm.Name && (_functionWords.Contains(group.ValueSpan) || _weekdays.Contains(group.ValueSpan)))
            return false; // "It said", "This is", "…, speaking on Tuesday, said"
        var cue = new AttributionCue(offset + group.Index, offset + group.Index + group.Length,
            offset + (cueStart >= 0 ? cueStart : m.Index), offset + Math.Max(cueEnd, m.Index + m.Length), form, kind);
        foreach (var c in cues)
            if (c.SourceStart < cue.SourceEnd && cue.SourceStart < c.SourceEnd) return false; // one cue per source phrase
        cues.Add(cue);
        return true;
    }

    // The source phrase a cue match names, and its form.
    private static (Group Group, SourceForm Form) SourceIn(Match m) =>
        m.Groups["pro"].Success ? (m.Groups["pro"], SourceForm.Pronoun)
        : m.Groups["grp"].Success ? (m.Groups["grp"], SourceForm.Group)
        : (m.Groups["nam"], SourceForm.Name);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSet(IEnumerable<string> words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
