using System.Text.RegularExpressions;
using Analysis.Extraction.People;
using Analysis.Lexicons;

namespace Analysis.Extraction.Attribution;

/// <summary>
/// Turns the source phrase of a cue into a <see cref="Source"/>: a person mention inside it wins, or right after it
/// when the phrase is the person's title ("said Pentagon spokesman John Kirby"); otherwise an
/// outlet (listed outlet or outlet head noun), a singular unnamed source ("an official" → "unnamed official"),
/// or a group description trimmed of determiners ("the US Defense Department" → "US Defense Department").
/// </summary>
internal sealed class SourceNamer
{
    private static readonly SharedRegex Determiner = new(new Regex(@"^(?:the|a|an|another|one)\s+", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    private static readonly SharedRegex Anonymous = new(new Regex(@"\b(?:anonymous|unnamed|unidentified)\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant));
    private static readonly SharedRegex UsDotted = new(new Regex(@"\bU\.S\.(?=\s|$)", RegexOptions.Compiled | RegexOptions.CultureInvariant));
    private static readonly SharedRegex Spaces = new(new Regex(@"\s+", RegexOptions.Compiled));
    private static readonly Pattern DeterminerBefore = PatternLibrary.Load("attribution/patterns.yaml").Pattern("determinerBefore");
    private const int DeterminerWindow = 50; // characters before a source phrase read for its determiner
    private readonly Lexicon _outlets = Lexicon.Load("attribution/outlets.txt");
    private readonly Lexicon _singularHeads = Lexicon.Load("attribution/singular_heads.txt");
    private readonly Lexicon _titleWords = Lexicon.Load("people/title_words.txt");
    // Any outlet name at all, one vectorised scan: most phrases ("the company", "officials") hold none.
    private readonly System.Buffers.SearchValues<string> _anyOutlet;
    // The modifier and head words as written: a capitalised one opening a phrase is a common word.
    private readonly HashSet<string> _commonWords;
    // The outlet heads of more than one word, each after a space: a phrase that ends with one names an outlet.
    private readonly string[] _spacedOutletHeads;
    private readonly Lexicon _outletHeads = Lexicon.Load("attribution/outlet_heads.txt");
    private readonly Lexicon _modifiers = Lexicon.Load("attribution/group_modifiers.txt");
    private readonly Lexicon _heads = Lexicon.Load("attribution/group_heads.txt");
    private readonly Lexicon _functionWords = Lexicon.Load("people/function_words.txt");
    private readonly KnownPeople _known = KnownPeople.Default;
    private readonly GivenNames _given = GivenNames.Default;

    public SourceNamer()
    {
        _anyOutlet = System.Buffers.SearchValues.Create([.. _outlets.Terms], StringComparison.Ordinal);
        _commonWords = new HashSet<string>(_modifiers.Terms.Concat(_heads.Terms), StringComparer.Ordinal);
        _spacedOutletHeads = [.. _outletHeads.Terms.Where(h => h.Contains(' ')).Select(h => " " + h)];
    }

    /// <summary>The source named by [start, end) of the article; null for an empty phrase.</summary>
    public Source? Name(string text, int start, int end, SourceForm form, IReadOnlyList<Mention> mentions)
    {
        if (PersonIn(mentions, start, end) is { } person) return new Source(person, SourceKind.Person, start, end);
        // A group head used as a title: "said Pentagon spokesman John Kirby", "said analyst David Healy"; a name whose
        // title follows it: "First Chicago Corp chairman Barry Sullivan".
        if (form != SourceForm.Pronoun && PersonRightAfter(text, end, mentions, form == SourceForm.Name) is { } titled)
            return new Source(titled.Person, SourceKind.Person, start, titled.End);
        var phrase = Spaces.Local.Replace(text[start..end], " ").Trim();
        if (phrase.Length == 0) return null;
        if (OutletIn(phrase) is { } outlet) return new Source(outlet, SourceKind.Outlet, start, end);
        if (form == SourceForm.Group) phrase = WithoutOpeningWord(phrase);
        var bare = Determiner.Local.Replace(phrase, "");
        var lastWord = bare[(bare.LastIndexOf(' ') + 1)..];
        if (_outletHeads.Contains(lastWord) || EndsWithOutletHead(bare))
            return new Source(Normalize(bare), SourceKind.Outlet, start, end);
        if (form == SourceForm.Group && _singularHeads.Contains(lastWord.ToLowerInvariant())
            && (bare != phrase || DeterminerBefore.MatchBefore(text, start, DeterminerWindow).Success))
            return new Source("unnamed " + Normalize(Anonymous.Local.Replace(bare, "")), SourceKind.Group, start, end) { IsSingular = true };
        if (form == SourceForm.Name && LooksLikePerson(bare) is { } name) return new Source(name, SourceKind.Person, start, end);
        return new Source(Normalize(bare), SourceKind.Group, start, end);
    }

    // A capitalised function word that opens the sentence is no part of a group ("As one diplomat put it"); a
    // determiner is left to Determiner and a quantifier ("Some officials") to Normalize.
    private string WithoutOpeningWord(string phrase)
    {
        var space = phrase.IndexOf(' ');
        if (space < 0 || !char.IsUpper(phrase[0])) return phrase;
        var first = phrase[..space];
        return _functionWords.Contains(first) && !_modifiers.Contains(first) && !Determiner.Local.IsMatch(phrase) ? phrase[(space + 1)..] : phrase;
    }

    private static string? PersonIn(IReadOnlyList<Mention> mentions, int start, int end)
    {
        string? person = null;
        foreach (var m in mentions)
        {
            if (m.Start >= end) break;
            if (m.End > start && m.Person.Length > 0) person = m.Person; // overlapping: "the President" vs the cue's "President"
        }
        return person;
    }

    // The person named right after a source phrase, past the title words before the name when `pastTitle` (a name's
    // phrase ends before them: "First Chicago Corp" of "First Chicago Corp chairman Barry Sullivan").
    private Mention? PersonRightAfter(string text, int end, IReadOnlyList<Mention> mentions, bool pastTitle)
    {
        var at = SkipSpaces(text, end);
        if (at == end) return null;
        for (var words = 0; pastTitle && words < 2 && at < text.Length && char.IsLower(text[at]); words++)
        {
            var wordEnd = at;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            if (!_titleWords.Contains(text[at..wordEnd])) return null;
            at = SkipSpaces(text, wordEnd);
        }
        foreach (var m in mentions)
        {
            if (m.Start > at) break;
            if (m.Start == at && m.Kind == MentionKind.Name && m.Person.Length > 0) return m;
        }
        return null;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\n') at++;
        return at;
    }

    private string? OutletIn(string phrase)
    {
        if (phrase.AsSpan().IndexOfAny(_anyOutlet) < 0) return null;
        string? best = null;
        foreach (var term in _outlets.Terms)
        {
            var i = phrase.IndexOf(term, StringComparison.Ordinal);
            if (i < 0 || (best is not null && best.Length >= term.Length)) continue;
            var endsWord = i + term.Length == phrase.Length || !char.IsLetterOrDigit(phrase[i + term.Length]);
            var startsWord = i == 0 || !char.IsLetterOrDigit(phrase[i - 1]);
            if (startsWord && endsWord) best = term;
        }
        return best;
    }

    private bool EndsWithOutletHead(string phrase)
    {
        foreach (var head in _spacedOutletHeads)
            if (phrase.EndsWith(head, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private string? LooksLikePerson(string phrase)
    {
        if (_known.Canonical(phrase) is { } canonical) return canonical;
        var words = phrase.Split(' ');
        if (words.Length == 1) return _known.BySurname(words[0]);
        return _given.Contains(words[0]) ? phrase : null;
    }

    // "US officials" for "U.S. officials"; a common first word keeps lower case ("Analysts said" → "analysts"),
    // unless a capitalised last word or common word after it makes the phrase a proper name ("the Health Ministry",
    // "Finance Ministry statement"; not "Senior US officials").
    private string Normalize(string phrase)
    {
        phrase = UsDotted.Local.Replace(phrase, "US").Trim();
        var words = phrase.Split(' ');
        var first = words[0];
        var properName = words.Length > 1
            && (char.IsUpper(words[^1][0]) || words.Skip(1).Any(w => char.IsUpper(w[0]) && IsCommonWord(w.ToLowerInvariant())));
        if (!properName && first.Length > 1 && char.IsUpper(first[0]) && char.IsLower(first[1]) && IsCommonWord(first.ToLowerInvariant()))
            phrase = char.ToLowerInvariant(phrase[0]) + phrase[1..];
        return phrase;
    }

    private bool IsCommonWord(string word) => _commonWords.Contains(word) || word is "some" or "one" or "two" or "three";
}
