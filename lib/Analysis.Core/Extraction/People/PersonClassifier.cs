using Analysis.Lexicons;

namespace Analysis.Extraction.People;

/// <summary>
/// Decides whether a name candidate is a person, from the evidence rules of the people area:
/// a known person or alias; a multi-word name opening with a common given name or preceded by a title; a single
/// word that is the surname of a person the article names in full, or a known person's surname used with a
/// reporting verb, a title or attributively. Words of organisations, places and units reject unknown names.
/// </summary>
internal sealed class PersonClassifier
{
    private readonly KnownPeople _known = KnownPeople.Default;
    private readonly GivenNames _given = GivenNames.Default;
    private readonly Lexicon _notNameWords = Lexicon.Load("people/not_name_words.txt");

    /// <summary>True when a multi-word candidate is a person on its own evidence.</summary>
    public bool IsFullName(NameCandidate c)
    {
        if (c.WordCount < 2) return false;
        if (_known.Canonical(c.Name) is not null) return true;
        var words = c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words)
            if (_notNameWords.Contains(w)) return false;
        return _given.Contains(words[0]) || c.HasPersonTitle;
    }

    /// <summary>True when a single-word candidate is a person, given the surnames of full names in the article.</summary>
    public bool IsSurname(NameCandidate c, IReadOnlySet<string> articleSurnames)
    {
        if (c.WordCount != 1) return false;
        if (articleSurnames.Contains(c.Name)) return true;
        if (_notNameWords.Contains(c.Name)) return false;
        var known = _known.ByDistinctiveSurname(c.Name) is not null;
        return known && (c.HasVerb || c.IsAttributive || c.HasPersonTitle);
    }
}
