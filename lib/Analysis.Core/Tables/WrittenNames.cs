using Analysis.Extraction;
using Analysis.Extraction.People;

namespace Analysis.Tables;

/// <summary>
/// The distinct values of the person columns (<see cref="TableSet.NameColumns"/>) a run has written, kept while the
/// tables are written so the name-resolution pass need not read them back to learn them: the full names of the
/// mentions (what it observes) and, per table, the one-word values (the only ones it may rewrite). A table none of
/// whose one-word values resolves to another name is the same after the pass, and is moved instead of rewritten
/// (Reuters-21578: figures.csv and statements.csv, 3.3 of the 5.8 MB the pass rewrote). Memory holds only distinct
/// names. Not thread-safe: the tables are written by one thread at a time.
/// </summary>
internal sealed class WrittenNames
{
    private readonly HashSet<string> _fullNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _oneWord =
        TableSet.NameColumns.ToDictionary(t => t.File, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The distinct persons of the mentions written that are full names (two words or more).</summary>
    public IEnumerable<string> FullNames => _fullNames;

    /// <summary>Records the person values of one article's rows.</summary>
    public void Add(ArticleResult result)
    {
        foreach (var m in result.Mentions)
        {
            if (m.Person.Contains(' ')) _fullNames.Add(m.Person);
            else _oneWord["mentions.csv"].Add(m.Person);
        }
        foreach (var q in result.Quotes) AddOneWord("quotes.csv", q.Speaker);
        foreach (var f in result.Figures) AddOneWord("figures.csv", f.Source);
        foreach (var s in result.Statements) AddOneWord("statements.csv", s.Speaker);
    }

    /// <summary>True when <paramref name="resolver"/> maps every value written to <paramref name="file"/>'s person column to itself.</summary>
    public bool Unchanged(string file, CorpusNameResolver resolver) =>
        _oneWord[file].All(name => string.Equals(resolver.Resolve(name), name, StringComparison.Ordinal));

    // A value with a space is never rewritten (CorpusNameResolver.Resolve): only one-word values are kept.
    private void AddOneWord(string file, string value)
    {
        if (!value.Contains(' ')) _oneWord[file].Add(value);
    }
}
