namespace Analysis.Extraction.People;

/// <summary>
/// Maps the names an article uses to canonical full names: the known-people form of a full name when listed
/// ("Pat Ryder" → "Patrick Ryder"), else the fullest form in the article; a surname to the article's one
/// person with that surname, else to the known-people list; otherwise the name as written.
/// </summary>
internal sealed class NameResolver(DateOnly? published = null)
{
    private readonly KnownPeople _known = KnownPeople.Default;
    private readonly Dictionary<string, string> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ambiguous = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers the full names of the article (call for all of them before resolving).</summary>
    public void AddFullName(string name)
    {
        var canonical = Canonical(name);
        var surname = Key(NameParts.Surname(canonical));
        if (_bySurname.TryGetValue(surname, out var existing))
        {
            // The fullest form wins ("Lloyd J. Austin" over "Lloyd Austin"); different first names make it ambiguous.
            if (SamePerson(existing, canonical)) { if (canonical.Length > existing.Length && _known.Canonical(existing) is null) _bySurname[surname] = canonical; }
            else _ambiguous.Add(surname);
        }
        else _bySurname[surname] = canonical;
    }

    /// <summary>The surnames of the article's full names.</summary>
    public IReadOnlySet<string> Surnames()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in _bySurname.Values)
        {
            var surname = NameParts.Surname(name);
            set.Add(surname);
            set.Add(Key(surname));
        }
        return set;
    }

    /// <summary>The canonical person for a name as written in the article.</summary>
    public string Resolve(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1)
        {
            var canonical = Canonical(name);
            var key = Key(NameParts.Surname(canonical));
            return !_ambiguous.Contains(key) && _bySurname.TryGetValue(key, out var full) && SamePerson(full, canonical) ? full : canonical;
        }
        var surname = Key(name);
        if (!_ambiguous.Contains(surname) && _bySurname.TryGetValue(surname, out var person)) return person;
        return _known.ByDistinctiveSurname(name, published) ?? name;
    }

    private string Canonical(string name) => _known.Canonical(name) ?? name;

    // "al-Sudani" and "Sudani" are one surname.
    private static string Key(string surname)
    {
        var dash = surname.IndexOf('-');
        return dash is 2 or 3 && char.IsLower(surname[0]) ? surname[(dash + 1)..] : surname;
    }

    private static bool SamePerson(string a, string b)
    {
        var fa = NameParts.GivenName(a);
        var fb = NameParts.GivenName(b);
        return fa.StartsWith(fb, StringComparison.OrdinalIgnoreCase) || fb.StartsWith(fa, StringComparison.OrdinalIgnoreCase);
    }
}
