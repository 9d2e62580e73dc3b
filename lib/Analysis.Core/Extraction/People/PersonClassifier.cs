using Analysis.Lexicons;

namespace Analysis.Extraction.People;

/// <summary>
/// Decides whether a name candidate is a person, from the evidence rules of the people area:
/// a known person or alias; a multi-word name opening with a common given name or preceded by a title; a single
/// word that is the surname of a person the article names in full, follows an honorific ("Mr. Smith"), or is a
/// known person's surname used with a reporting verb, a title or attributively, or anywhere but a sentence start
/// when the surname is distinctive and not also a place or word (<c>cue_required_surnames.txt</c>). Words of
/// organisations, places and units reject unknown names.
/// </summary>
internal sealed class PersonClassifier
{
    private readonly KnownPeople _known = KnownPeople.Default;
    private readonly GivenNames _given = GivenNames.Default;
    private readonly Lexicon _notNameWords = Lexicon.Load("people/not_name_words.txt");
    private readonly Lexicon _cueRequired = Lexicon.Load("people/cue_required_surnames.txt");

    /// <summary>True when a multi-word candidate is a person on its own evidence.</summary>
    public bool IsFullName(NameCandidate c)
    {
        if (c.WordCount < 2) return false;
        if (_known.Canonical(c.Name) is not null) return true;
        var words = c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words)
            if (_notNameWords.Contains(w)) return false;
        // An appositive describing a person ("…, a nurse in Khan Younis"), or a role the name is in apposition to ("The
        // minister, Shabana Mahmood,"), vouches for a name no list knows.
        return _given.Contains(words[0]) || c.HasPersonTitle || (words.Length <= 3 && (c.HasPersonAppositive || c.IsAppositiveOfRole));
    }

    /// <summary>True when a single-word candidate is a person, given the surnames of full names in the article and its publication date.</summary>
    public bool IsSurname(NameCandidate c, IReadOnlySet<string> articleSurnames, DateOnly? published = null)
    {
        if (c.WordCount != 1) return false;
        if (articleSurnames.Contains(c.Name)) return true;
        // A spelling variant of a surname the article writes in full ("Zelenskiy" beside "Volodymyr Zelenskiy" → Zelensky).
        if (_known.Canonical(c.Name) is { } canonical && articleSurnames.Contains(NameParts.Surname(canonical))) return true;
        if (_notNameWords.Contains(c.Name)) return false;
        if (c.HasHonorific) return true; // "Mr. Smith said"
        if (_known.ByDistinctiveSurname(c.Name, published) is not { } person) return false;
        if (c.HasVerb || c.IsAttributive || c.HasPersonTitle) return true;
        // A surname that is also a place, an ordinary word or a given name ("Austin", "Price", "Omar") needs a cue; a
        // following verb is one while the person held a listed office ("Austin ordered" in a 2024 article; in 1987
        // "Austin has" is the city).
        if (_cueRequired.Contains(c.Name))
            return c.HasPredicateAfter && published is { } date && _known.HeldOffice(person, date);
        // A distinctive known surname names the person anywhere but at a sentence start (where every word is
        // capitalised); there a following verb ("Putin has shown") shows the word is a subject, not a capitalised word.
        return !c.IsSentenceInitial || c.HasPredicateAfter;
    }
}
