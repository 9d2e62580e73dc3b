using Analysis.Lexicons;

namespace Analysis.Core.Tests.People;

/// <summary>Each named pattern of Rules/people/patterns.yaml on its own, positive and negative.</summary>
public sealed class PeoplePatternTests
{
    private static readonly PatternLibrary Patterns = PatternLibrary.Load("people/patterns.yaml");

    [Theory]
    [InlineData("word", "Kirby", "Kirby")]
    [InlineData("word", "Jean-Pierre", "Jean-Pierre")]
    [InlineData("word", "McCarthy", "McCarthy")]
    [InlineData("word", "O’Brien", "O’Brien")]
    [InlineData("word", "al-Sudani", "al-Sudani")]
    [InlineData("word", "Maj.-Gen.", "Maj.-Gen.")]
    [InlineData("word", "Biden’s", "Biden")]
    [InlineData("word", "USS", "")]
    [InlineData("word", "IDF", "")]
    [InlineData("run", "spokesman John Kirby said", "John Kirby")]
    [InlineData("run", "Mohammed bin Salman met", "Mohammed bin Salman")]
    [InlineData("run", "the IDF-Hamas conflict", "")]          // a word glued to the one before is no name start
    [InlineData("run", "Joe Biden’s administration", "Joe Biden")]
    [InlineData("run", "all lower case", "")]
    [InlineData("run", "said Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani")]
    [InlineData("run", "as al-Masri said", "al-Masri")]
    [InlineData("runCapital", "spokesman John Kirby said", "John Kirby")]
    [InlineData("runCapital", "as al-Masri said", "")]                     // no prefixed words: see the test below
    [InlineData("prefixedWord", "the Israel-Hamas war", "")]
    [InlineData("prefixedWord", "as al-Masri said", "al-Masri")]
    [InlineData("prefixedWord", "as al-qaeda said", "")]
    [InlineData("titleReference", "The Secretary will continue", "The Secretary")]
    [InlineData("titleReference", "The U.S. president said", "The U.S. president")]
    [InlineData("titleReference", "the president of the council", "")]
    [InlineData("titleReference", "the President Joe Biden", "")]
    public void Pattern_finds(string pattern, string input, string expected)
    {
        var m = Patterns.Regex(pattern).Match(input);
        var value = pattern.StartsWith("run", StringComparison.Ordinal) && m.Success ? m.Groups["run"].Value : m.Success ? m.Value : "";
        Assert.Equal(expected, value);
    }

    // The name finder reads a text without any prefix of prefixedWord with runCapital: it must find run's runs there.
    [Fact]
    public void Runs_of_capital_words_are_the_runs_of_a_text_without_prefixed_words()
    {
        var run = Patterns.Pattern("run");
        var capital = Patterns.Pattern("runCapital");
        var prefixed = Patterns.Pattern("prefixedWord");
        var checkedTexts = 0;
        foreach (var text in Lexicons.RuleTexts.All.Where(t => !prefixed.MayMatch(t)))
        {
            Assert.Equal(run.Matches(text).Select(m => (m.Index, m.Length, m.Groups["poss"].Success)),
                capital.Matches(text).Select(m => (m.Index, m.Length, m.Groups["poss"].Success)));
            checkedTexts++;
        }
        Assert.True(checkedTexts > 500, $"only {checkedTexts} texts");
        Assert.True(prefixed.MayMatch("said al-Sudani"));
    }

    // The name finder reads the runs as spans, without their groups: a match closes with "’s" or "'s" exactly when
    // its possessive group matched, and the run is the rest.
    [Theory]
    [InlineData("run")]
    [InlineData("runCapital")]
    public void A_run_is_possessive_exactly_when_its_match_ends_in_s_after_an_apostrophe(string pattern)
    {
        var possessives = 0;
        foreach (var m in Lexicons.RuleTexts.All.SelectMany(t => Patterns.Pattern(pattern).Matches(t)))
        {
            var possessive = Analysis.Extraction.People.NameCandidateFinder.EndsPossessive(m.ValueSpan);
            Assert.True(m.Groups["poss"].Success == possessive, $"'{m.Value}'");
            Assert.Equal(m.Groups["run"].Length, m.Length - (possessive ? 2 : 0));
            if (possessive) possessives++;
        }
        Assert.True(possessives > 20, $"only {possessives} possessive runs");
    }

    [Theory]
    [InlineData("run", "Joe Biden’s plan", true)]
    [InlineData("run", "Pakistan's army", true)]
    [InlineData("run", "O’Brien said", false)]
    [InlineData("run", "the Boss’s office", true)]
    [InlineData("run", "Tom Sawyers", false)]
    public void The_possessive_is_read_from_the_end_of_a_run(string pattern, string text, bool possessive)
    {
        var m = Patterns.Pattern(pattern).Match(text);
        Assert.Equal(possessive, Analysis.Extraction.People.NameCandidateFinder.EndsPossessive(m.ValueSpan));
        Assert.Equal(possessive, m.Groups["poss"].Success);
    }

    [Theory]
    [InlineData("shipPrefix", "the USS ", true)]
    [InlineData("shipPrefix", "the HMS ", true)]
    [InlineData("shipPrefix", "President ", false)]
    [InlineData("shipPrefix", "the BOSS ", false)]                  // a word that ends in a prefix is none
    [InlineData("shipPrefix", "the USS carrier ", false)]
    [InlineData("ownedBefore", "output at its ", true)]
    [InlineData("ownedBefore", "sold Their ", true)]
    [InlineData("ownedBefore", "bits ", false)]
    [InlineData("ownedBefore", "its chairman ", false)]
    [InlineData("placeAfter", ", Texas, last year", true)]
    [InlineData("placeAfter", ", New York", true)]
    [InlineData("placeAfter", ", who said", false)]
    [InlineData("attributiveAfter", " administration continued", true)]
    [InlineData("attributiveAfter", " government said", true)]
    [InlineData("attributiveAfter", " said", false)]
    [InlineData("verbAfter", " said", true)]
    [InlineData("verbAfter", " has also said", true)]
    [InlineData("verbAfter", ", a spokesman, said", true)]
    [InlineData("verbAfter", " spoke with", false)]
    [InlineData("verbBefore", "“We will,” said ", true)]
    [InlineData("verbBefore", "met with ", false)]
    [InlineData("namedAfterPerson", " Foundation gave", true)]        // "the Bill Gates Foundation" names no person
    [InlineData("namedAfterPerson", " Jr. Institute", true)]
    [InlineData("namedAfterPerson", " said the Foundation", false)]
    public void Context_pattern_matches(string pattern, string input, bool expected) =>
        Assert.Equal(expected, Patterns.Regex(pattern).IsMatch(input));
}
