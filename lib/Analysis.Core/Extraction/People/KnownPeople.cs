using Analysis.Lexicons;

namespace Analysis.Extraction.People;

/// <summary>
/// The known-people lexicon (<c>Rules/people/known_people.txt</c>: <c>Canonical Name | alias; alias</c>, the surname
/// being an implicit alias) and office holders (<c>Rules/people/known_offices.txt</c>:
/// <c>office | Name | from | to</c>). Lookups ignore case.
/// </summary>
public sealed class KnownPeople
{
    private readonly Dictionary<string, string> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Office, string Name, DateOnly From, DateOnly To)> _offices = [];
    private readonly Lexicon _common = Lexicon.Load("people/common_surnames.txt");

    private KnownPeople(Lexicon people, Lexicon offices)
    {
        foreach (var (canonical, aliases) in people.Entries)
        {
            _byAlias.TryAdd(canonical, canonical);
            foreach (var alias in aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                _byAlias.TryAdd(alias, canonical);
            var surname = NameParts.Surname(canonical);
            if (!_bySurname.TryGetValue(surname, out var list)) _bySurname[surname] = list = [];
            if (!list.Contains(canonical, StringComparer.OrdinalIgnoreCase)) list.Add(canonical);
        }
        foreach (var (office, value) in offices.Entries)
        {
            var parts = value.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || !DateOnly.TryParse(parts[1], out var from) || !DateOnly.TryParse(parts[2], out var to))
                throw new FormatException($"{offices.Name}: expected 'office | Name | YYYY-MM-DD | YYYY-MM-DD' for '{office}'.");
            _offices.Add((office, parts[0], from, to));
        }
    }

    /// <summary>The shared lexicon loaded from the embedded rule files.</summary>
    public static KnownPeople Default { get; } = new(Lexicon.Load("people/known_people.txt"), Lexicon.Load("people/known_offices.txt"));

    /// <summary>The canonical name for a full name or alias ("Joseph R. Biden" → "Joe Biden"), or null.</summary>
    public string? Canonical(string alias) => _byAlias.TryGetValue(alias, out var c) ? c : null;

    /// <summary>The one known person with this surname, or null when none or several.</summary>
    public string? BySurname(string surname) =>
        _bySurname.TryGetValue(surname, out var list) && list.Count == 1 ? list[0] : null;

    /// <summary>
    /// The one known person with this surname when the surname alone is distinctive enough to name them: not a
    /// common surname (<c>common_surnames.txt</c>) unless listed as an explicit alias ("Biden") or, given the
    /// publication date <paramref name="on"/>, the person held a listed office then ("Sullivan said" in 2023 is the
    /// national security adviser; "Harris said" in 1987 is nobody known).
    /// </summary>
    public string? ByDistinctiveSurname(string surname, DateOnly? on = null) =>
        Canonical(surname) ?? (!_common.Contains(surname) ? BySurname(surname)
            : on is { } date && BySurname(surname) is { } person && HeldOffice(person, date) ? person : null);

    /// <summary>The country prefix of an office <paramref name="person"/> (canonical name) held on <paramref name="date"/> ("us"), or null.</summary>
    public string? CountryOf(string person, DateOnly date)
    {
        foreach (var (office, name, from, to) in _offices)
            if (from <= date && date < to && string.Equals(name, person, StringComparison.OrdinalIgnoreCase)) return office[..office.IndexOf(' ')];
        return null;
    }

    /// <summary>True when <paramref name="person"/> (canonical name) held a listed office on <paramref name="date"/>.</summary>
    public bool HeldOffice(string person, DateOnly date) => CountryOf(person, date) is not null;

    /// <summary>True when some known person has this surname (a strong cue that a capitalised word is a name).</summary>
    public bool IsSurname(string word) => _bySurname.ContainsKey(word);

    /// <summary>Who held <paramref name="office"/> (e.g. "us president") on <paramref name="date"/>, or null.</summary>
    public string? HolderOf(string office, DateOnly date)
    {
        foreach (var (o, name, from, to) in _offices)
            if (string.Equals(o, office, StringComparison.OrdinalIgnoreCase) && from <= date && date < to) return name;
        return null;
    }

    /// <summary>Who held <paramref name="role"/> (e.g. "defense secretary") in any listed country on <paramref name="date"/>, in list order.</summary>
    public IEnumerable<string> HoldersOf(string role, DateOnly date)
    {
        foreach (var (o, name, from, to) in _offices)
            if (from <= date && date < to && o.AsSpan(o.IndexOf(' ') + 1).Equals(role, StringComparison.OrdinalIgnoreCase))
                yield return name;
    }
}
