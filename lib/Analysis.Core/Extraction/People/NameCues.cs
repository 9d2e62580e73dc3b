using Analysis.Lexicons;

namespace Analysis.Extraction.People;

/// <summary>
/// The cues in the words around a name candidate (a reporting verb, attributive use, a person appositive, a
/// predicate), each read from its rule pattern only when the classifier first asks for it: most capitalised runs
/// of wire copy (companies, places) are settled without them. Not thread-safe: it belongs to one article's analysis.
/// </summary>
internal sealed class NameCues
{
    private static readonly PatternLibrary Rules = PatternLibrary.Load("people/patterns.yaml");
    private static readonly Pattern VerbAfter = Rules.Pattern("verbAfter"), VerbBefore = Rules.Pattern("verbBefore"),
        Attributive = Rules.Pattern("attributiveAfter"), Appositive = Rules.Pattern("personAppositive"), PredicateAfter = Rules.Pattern("predicateAfter"),
        RoleBefore = Rules.Pattern("roleBefore");

    private readonly string _text;
    private readonly (int Start, int End) _before, _after;
    private readonly bool _possessive, _titleCase;
    private bool? _hasVerb, _isAttributive, _hasAppositive, _hasPredicate, _isAppositiveOfRole;

    /// <param name="text">The article text.</param>
    /// <param name="before">Up to 20 characters of the sentence before the run (empty when the run opens the sentence).</param>
    /// <param name="after">Up to 80 characters of the sentence after the name.</param>
    /// <param name="possessive">The name is followed by a possessive ("Biden’s").</param>
    /// <param name="titleCase">The sentence is a title-case line, where words after a name are capitalised too.</param>
    public NameCues(string text, (int Start, int End) before, (int Start, int End) after, bool possessive, bool titleCase)
    {
        (_text, _before, _after, _possessive, _titleCase) = (text, before, after, possessive, titleCase);
    }

    // The windows are read in place: a cue's pattern sees its window as its whole input.
    private ReadOnlySpan<char> Before => _text.AsSpan(_before.Start, _before.End - _before.Start);

    private ReadOnlySpan<char> After => _text.AsSpan(_after.Start, _after.End - _after.Start);

    /// <summary>A reporting verb stands right after or before the name ("Kirby said", "said Biden").</summary>
    public bool HasVerb => _hasVerb ??=
        VerbAfter.IsMatch(_possessive ? "" : _titleCase ? After.ToString().ToLowerInvariant() : After) || VerbBefore.IsMatch(Before);

    /// <summary>Used possessively or attributively ("Biden’s", "the Biden administration").</summary>
    public bool IsAttributive => _isAttributive ??= _possessive || Attributive.IsMatch(After);

    /// <summary>An appositive describing a person follows ("Maria Gonzalez, a nurse in Khan Younis").</summary>
    public bool HasPersonAppositive => _hasAppositive ??= !_possessive && Appositive.IsMatch(After);

    /// <summary>The name is in apposition to a role before it, between commas ("The minister, Shabana Mahmood, said").</summary>
    public bool IsAppositiveOfRole => _isAppositiveOfRole ??= !_possessive && After.StartsWith(",") && RoleBefore.IsMatch(Before);

    /// <summary>A verb or auxiliary follows ("Putin has shown"): the subject of a clause.</summary>
    public bool HasPredicateAfter => _hasPredicate ??= !_possessive && PredicateAfter.IsMatch(After);
}
