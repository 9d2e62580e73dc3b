using Analysis.Articles;
using Analysis.Extraction;
using Analysis.Extraction.People;
using Analysis.Tables;

namespace Analysis.Core.Tests.Tables;

/// <summary>
/// The names a run writes (<see cref="WrittenNames"/>): the full names the resolution pass learns, and which person tables
/// it must rewrite; a table whose one-word names all resolve to themselves is moved as written.
/// </summary>
public sealed class WrittenNamesTests
{
    private static WrittenNames Written(params string[] texts)
    {
        var names = new WrittenNames();
        foreach (var (text, i) in texts.Select((t, i) => (t, i))) names.Add(ExtractionPipeline.Default.Analyze(new Article($"a{i}", text)));
        return names;
    }

    private static CorpusNameResolver ResolverOf(WrittenNames names)
    {
        var resolver = new CorpusNameResolver();
        foreach (var person in names.FullNames) resolver.ObservePerson(person);
        return resolver;
    }

    [Fact]
    public void A_lone_surname_another_article_names_in_full_makes_its_table_rewritten()
    {
        var names = Written("Deputy minister Maria Kowalczyk visited Kyiv on Monday.", "\"We will stand with Ukraine,\" Kowalczyk said.");
        var resolver = ResolverOf(names);
        Assert.Contains("Maria Kowalczyk", names.FullNames);
        Assert.False(names.Unchanged("quotes.csv", resolver));   // the speaker "Kowalczyk" becomes "Maria Kowalczyk"
        Assert.True(names.Unchanged("figures.csv", resolver));
        Assert.True(names.Unchanged("statements.csv", resolver));
    }

    [Fact]
    public void Tables_of_full_names_only_are_unchanged()
    {
        var names = Written("\"We will stand with Ukraine,\" Defense Secretary Lloyd Austin said.");
        var resolver = ResolverOf(names);
        Assert.All(TableSet.NameColumns, t => Assert.True(names.Unchanged(t.File, resolver), t.File));
    }
}
