namespace Analysis.Extraction.People;

/// <summary>
/// Resolves surname-only people across a corpus, in two passes that suit streaming: <see cref="Observe"/> every
/// article's result (collects the full names used anywhere), then <see cref="Apply"/> to each result, which rewrites
/// a surname-only person ("Biden" in an article that never writes "Joe Biden") to the one full name with that
/// surname seen in the corpus, else in the known-people list; an ambiguous surname is left as is. Mentions, quote
/// speakers, statement speakers and figure sources are rewritten consistently. Safe to use from several threads.
/// </summary>
/// <example><code>
/// var names = new CorpusNameResolver();
/// foreach (var r in results) names.Observe(r);
/// var resolved = results.Select(names.Apply);
/// </code></example>
public sealed class CorpusNameResolver
{
    private readonly KnownPeople _known;
    private readonly Dictionary<string, HashSet<string>> _fullBySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>A resolver backed by the shared known-people list.</summary>
    public CorpusNameResolver() : this(KnownPeople.Default) { }

    /// <summary>A resolver backed by the given known-people list.</summary>
    public CorpusNameResolver(KnownPeople known)
    {
        ArgumentNullException.ThrowIfNull(known);
        _known = known;
    }

    /// <summary>Collects the full names (two words or more) of an article's mentions.</summary>
    public void Observe(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var m in result.Mentions) ObservePerson(m.Person);
    }

    /// <summary>
    /// Collects one mentioned person (only full names, two words or more, count): what <see cref="Observe"/> does
    /// per mention, for callers that stream the person column of a written mentions table instead of results.
    /// </summary>
    public void ObservePerson(string person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!person.Contains(' ')) return;
        var surname = NameParts.Surname(person);
        lock (_gate)
        {
            if (!_fullBySurname.TryGetValue(surname, out var names)) _fullBySurname[surname] = names = new(StringComparer.Ordinal);
            names.Add(person);
        }
    }

    /// <summary>
    /// The full name for a surname-only person: the unique full name with that surname observed in the corpus
    /// (first-name variants of one person such as "Pat Ryder"/"Patrick Ryder" count once, the known form winning),
    /// else the known-people list; the input itself when it is not a lone surname or is ambiguous.
    /// </summary>
    public string Resolve(string person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Length == 0 || person.Contains(' ') || !char.IsUpper(person[0])) return person;
        lock (_gate)
        {
            if (_fullBySurname.TryGetValue(person, out var names) && names.Count > 0)
                return OnePerson(names) ?? person;
        }
        return _known.ByDistinctiveSurname(person) ?? person;
    }

    /// <summary>The result with every surname-only person, speaker and source resolved.</summary>
    public ArticleResult Apply(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with
        {
            Mentions = result.Mentions.Select(m => m with { Person = Resolve(m.Person) }).ToArray(),
            Quotes = result.Quotes.Select(q => q with { Speaker = Resolve(q.Speaker) }).ToArray(),
            Statements = result.Statements.Select(s => s with { Speaker = Resolve(s.Speaker) }).ToArray(),
            Figures = result.Figures.Select(f => f with { Source = Resolve(f.Source) }).ToArray(),
        };
    }

    // Names that differ only by a first-name prefix ("Pat Ryder", "Patrick Ryder") are one person.
    private string? OnePerson(HashSet<string> names)
    {
        string? chosen = null;
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            if (chosen is null) { chosen = name; continue; }
            var a = NameParts.GivenName(chosen);
            var b = NameParts.GivenName(name);
            if (!a.StartsWith(b, StringComparison.OrdinalIgnoreCase) && !b.StartsWith(a, StringComparison.OrdinalIgnoreCase)) return null;
            if (_known.Canonical(name) == name || (_known.Canonical(chosen) != chosen && name.Length > chosen.Length)) chosen = name;
        }
        return chosen;
    }
}
