using Analysis.Articles;
using Analysis.Extraction;
using Analysis.Extraction.People;

namespace Analysis.Core.Tests.People;

public sealed class CorpusNameResolverTests
{
    private static ArticleResult Result(string id, Mention[] mentions, Quote[]? quotes = null, Statement[]? statements = null, Figure[]? figures = null) =>
        new(new Article(id, ""), [], mentions, quotes ?? [], figures ?? [], statements ?? [], []);

    private static Mention Name(string person) => new(person, person, MentionKind.Name, 0, person.Length, 0);

    [Fact]
    public void A_surname_resolves_to_the_unique_full_name_seen_in_the_corpus()
    {
        var a = Result("a", [Name("Gerhard Mosbauer")]);
        var b = Result("b", [Name("Mosbauer")],
            [new Quote("Mosbauer", "we will", 0, 7, 0)],
            [new Statement(Stance.Deny, "US", Force.Ground, "Mosbauer", "2024", "", "x", 0, 1, 0)],
            [new Figure(FigureCategory.Troops, "troops", 5, 5, Qualifier.Exact, "", "", "Mosbauer", "5", 0, 1, 0)]);
        var r = new CorpusNameResolver();
        r.Observe(a);
        r.Observe(b);
        var resolved = r.Apply(b);
        Assert.Equal("Gerhard Mosbauer", Assert.Single(resolved.Mentions).Person);
        Assert.Equal("Gerhard Mosbauer", Assert.Single(resolved.Quotes).Speaker);
        Assert.Equal("Gerhard Mosbauer", Assert.Single(resolved.Statements).Speaker);
        Assert.Equal("Gerhard Mosbauer", Assert.Single(resolved.Figures).Source);
    }

    [Fact]
    public void First_name_variants_of_one_person_count_once()
    {
        var r = new CorpusNameResolver();
        r.Observe(Result("a", [Name("Pat Ryder")]));
        r.Observe(Result("b", [Name("Patrick Ryder")]));
        Assert.Equal("Patrick Ryder", r.Resolve("Ryder"));
    }

    [Theory]
    [InlineData("Baker", "Baker")]                 // two people with that surname in the corpus: ambiguous
    [InlineData("Biden", "Joe Biden")]             // the known-people list
    [InlineData("Pentagon", "Pentagon")]           // not a person
    [InlineData("US officials", "US officials")]   // not a lone surname
    [InlineData("", "")]
    public void Resolves_or_leaves_as_is(string input, string expected)
    {
        var r = new CorpusNameResolver();
        r.Observe(Result("a", [Name("James Baker"), Name("Howard Baker")]));
        Assert.Equal(expected, r.Resolve(input));
    }
}
