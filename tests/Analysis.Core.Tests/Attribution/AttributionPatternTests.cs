using Analysis.Lexicons;

namespace Analysis.Core.Tests.Attribution;

/// <summary>Each named pattern of Rules/attribution/patterns.yaml on its own, positive and negative.</summary>
public sealed class AttributionPatternTests
{
    private static readonly PatternLibrary Patterns = PatternLibrary.Load("attribution/patterns.yaml");

    [Theory]
    [InlineData("pronoun", "he", true)]
    [InlineData("pronoun", "They", true)]
    [InlineData("pronoun", "the", false)]
    [InlineData("pronoun", "it", false)]
    [InlineData("group", "US officials", true)]
    [InlineData("group", "the anonymous official", true)]
    [InlineData("group", "local media", true)]
    [InlineData("group", "the Axios news outlet", true)]
    [InlineData("group", "The U.S. president", true)]
    [InlineData("group", "the Pentagon", true)]
    [InlineData("group", "Kirby", false)]
    [InlineData("name", "Kirby", true)]
    [InlineData("name", "Mohammed Shia al-Sudani", true)]
    [InlineData("name", "The Intercept", true)]
    [InlineData("name", "It", true)]   // a lone function word is dropped by the cue finder, not the pattern
    [InlineData("name", "officials", false)]
    [InlineData("adverbs", " also", true)]
    [InlineData("adverbs", " reportedly", true)]
    [InlineData("appositive", ", a White House spokesman,", true)]
    [InlineData("appositive", ", Tuesday", true)] // optional: matches empty
    [InlineData("appositive", ", speaking in Tel Aviv,", true)]
    [InlineData("appositive", ", asked about the plan,", true)]
    [InlineData("appositive", ", the third largest drug company in the U.S.,", true)]
    [InlineData("institution", "Ministry of Defence", true)]
    [InlineData("institution", "Department of Homeland Security", true)]
    [InlineData("institution", "Office of the Prime Minister", true)]
    [InlineData("institution", "Ministry of defence", false)]
    [InlineData("institution", "office of a lawyer", false)]
    [InlineData("postModifier", " familiar with the matter", true)]
    [InlineData("postModifier", " with knowledge of the plans", true)]
    [InlineData("postModifier", " in Gaza", true)]
    [InlineData("postModifier", " in the region", false)]
    [InlineData("backReference", "That’s according to documents seen by The Intercept.", true)]
    [InlineData("backReference", "According to documents, troops moved.", false)]
    [InlineData("singularSource", "the unnamed U.S. official", true)]
    [InlineData("singularSource", "an official", true)]
    [InlineData("singularSource", "US officials", false)]
    [InlineData("colonSubject", "He pointed to the carriers: “They’re all there.”", true)]
    [InlineData("colonSubject", "Singh stressed that: “No decisions.”", true)]
    [InlineData("colonSubject", "He pointed to the carriers: they are there.", false)]
    public void Pattern_matches_inside(string pattern, string input, bool expected) =>
        Assert.Equal(expected, FullOrPartial(pattern, input));

    [Theory]
    [InlineData("verbAt", "said on Tuesday", true)]
    [InlineData("verbAt", "told reporters", true)]
    [InlineData("verbAt", "added that the US", true)]
    [InlineData("verbAt", "added.", true)]
    [InlineData("verbAt", "added 500 troops", false)]               // ambiguous verb used as an action
    [InlineData("verbAt", "reported last week.", true)]
    [InlineData("verbAt", "added on Tuesday that", true)]
    [InlineData("verbAt", "reported last week a profit", false)]
    [InlineData("whenAfter", "last week ", true)]
    [InlineData("whenAfter", "on Tuesday", true)]
    [InlineData("whenAfter", "a profit", false)]
    [InlineData("verbAt", "continued its occupation", false)]
    [InlineData("verbAt", "responded by launching airstrikes", false)]
    [InlineData("verbAt", "saidx", false)]
    [InlineData("verbAt", "put it, “This", true)]
    [InlineData("verbAt", "put it on hold", false)]                 // "put it" reports speech only before a quotation or a break
    [InlineData("subjectBefore", "Kirby ", true)]
    [InlineData("subjectBefore", "US officials ", true)]
    [InlineData("subjectBefore", "Deputy Pentagon Press Secretary Sabrina Singh ", true)]
    [InlineData("subjectBefore", "Kirby, a White House spokesman, ", true)]
    [InlineData("subjectBefore", "Austin has repeatedly ", true)]
    [InlineData("subjectBefore", "Blinken, speaking in Tel Aviv on Tuesday, ", true)]
    [InlineData("subjectBefore", "two officials familiar with the matter ", true)]
    [InlineData("subjectBefore", "sources close to the talks ", true)]
    [InlineData("subjectBefore", "officials in the talks ", false)]
    [InlineData("subjectBefore", "the talks ", false)]
    [InlineData("subjectAfter", " Biden.", true)]
    [InlineData("subjectAfter", " Defense Secretary Lloyd Austin", true)]
    [InlineData("subjectAfter", " that the", false)]
    [InlineData("accordingTo", "according to local officials", true)]
    [InlineData("accordingTo", "according to a statement by the US Defense Department", true)]
    [InlineData("accordingTo", "According to the Axios news outlet", true)]
    [InlineData("accordingTo", "accordingly, the", false)]
    [InlineData("byPhrase", "documents seen by The Intercept", true)]
    [InlineData("byPhrase", "assurances by the White House", true)]
    [InlineData("byPhrase", "documents on the table", false)]
    public void Anchored_pattern_matches_at_the_start(string pattern, string input, bool expected) =>
        Assert.Equal(expected, Patterns.Regex(pattern).Match(input).Success);

    [Fact]
    public void Source_names_the_alternative_that_matched()
    {
        var source = Patterns.Regex("source");
        Assert.True(source.Match("she").Groups["pro"].Success);
        Assert.True(source.Match("US officials").Groups["grp"].Success);
        Assert.True(source.Match("Sabrina Singh").Groups["nam"].Success);
    }

    // The cue finder tries subjectBefore's alternatives one after the other: that must find subjectBefore's match.
    [Theory]
    [InlineData("Kirby ", "nam")]
    [InlineData("he ", "pro")]
    [InlineData("They also ", "pro")]
    [InlineData("US officials ", "grp")]
    [InlineData("the health ministry in Gaza ", "grp")]
    [InlineData("The Pentagon ", "grp")]                      // a group before a name: "The Pentagon" is both
    [InlineData("Kirby, a White House spokesman, ", "nam")]
    [InlineData("two officials familiar with the matter ", "grp")]
    [InlineData("Trump's former adviser, John Bolton, ", "")]
    [InlineData("the talks ", "")]
    [InlineData("officials in the talks ", "")]
    public void Subject_alternatives_in_turn_find_the_subjectBefore_match(string input, string group)
    {
        var whole = Patterns.Regex("subjectBefore").Match(input);
        var first = InTurn(input);
        Assert.Equal((whole.Success, whole.Index, whole.Length), (first.Success, first.Index, first.Length));
        Assert.Equal(group, new[] { "pro", "grp", "nam" }.FirstOrDefault(g => whole.Groups[g].Success) ?? "");
        Assert.Equal(group, new[] { "pro", "grp", "nam" }.FirstOrDefault(g => first.Groups[g].Success) ?? "");
    }

    // As the cue finder reads them: the words before every "said", "says", "told" and "added" of every rule text, from
    // each of the 12 word starts before it, give the same match and source phrase tried in turn as the whole
    // subjectBefore gives.
    [Fact]
    public void Subject_alternatives_in_turn_find_the_subjectBefore_match_before_the_reporting_verbs_of_the_rule_texts()
    {
        var windows = 0;
        foreach (var text in Lexicons.RuleTexts.All)
            foreach (var verb in System.Text.RegularExpressions.Regex.Matches(text, @" (?:said|says|told|added)\b").Select(m => m.Index))
            {
                var starts = System.Text.RegularExpressions.Regex.Matches(text[Math.Max(0, verb - 120)..(verb + 1)], @"(?<!\S)\S").Select(m => Math.Max(0, verb - 120) + m.Index).TakeLast(12);
                foreach (var s in starts)
                {
                    var input = text[s..(verb + 1)];
                    var whole = Patterns.Regex("subjectBefore").Match(input);
                    var first = InTurn(input);
                    Assert.True((whole.Success, whole.Length, Source(whole)) == (first.Success, first.Length, Source(first)), $"'{input}'");
                    windows++;
                }
            }
        Assert.True(windows > 1500, $"only {windows} windows");
    }

    private static System.Text.RegularExpressions.Match InTurn(string input) =>
        new[] { "subjectBeforePronoun", "subjectBeforeGroup", "subjectBeforeTitle", "subjectBeforeName" }
            .Select(p => Patterns.Regex(p).Match(input)).FirstOrDefault(m => m.Success) ?? System.Text.RegularExpressions.Match.Empty;

    private static string Source(System.Text.RegularExpressions.Match m) =>
        new[] { "pro", "grp", "nam" }.Select(g => m.Groups[g]).FirstOrDefault(g => g.Success) is { } g ? $"{g.Name}:{g.Value}" : "";

    private static bool FullOrPartial(string pattern, string input)
    {
        var m = Patterns.Regex(pattern).Match(input);
        // Optional patterns match the empty string everywhere: only a non-empty match counts, except for "appositive".
        return m.Success && (m.Length > 0 || pattern == "appositive");
    }
}
