using Analysis.Lexicons;

namespace Analysis.Core.Tests.Figures;

/// <summary>Named patterns of Rules/figures/patterns.yaml on their own, positive and negative.</summary>
public sealed class FigurePatternTests
{
    private static readonly PatternLibrary Patterns = PatternLibrary.Load("figures/patterns.yaml");

    [Theory]
    [InlineData("killing at least 104 people, including ", true, "")]
    [InlineData("have been killed, including ", true, "killed")]
    [InlineData("Five soldiers were wounded in the blast, among them ", true, "")]
    [InlineData("the hostages, of whom ", true, "")]
    [InlineData("killed at least 558 people, including 50 children and ", true, "")]
    [InlineData("including 50 children, 20 women and ", false, "")]
    [InlineData("the company hired workers, including engineers, and ", false, "")]
    [InlineData("including the ", false, "")]
    public void BreakdownBefore_ends_at_an_aside_that_breaks_a_count_down(string text, bool matches, string verb)
    {
        var m = Patterns.Pattern("breakdownBefore").Match(text);
        Assert.Equal(matches, m.Success);
        if (matches) Assert.Equal(verb, m.Groups["verb"].Value);
    }

    [Theory]
    [InlineData("roughly 40,000 troops in the Middle East, up from ", true)]
    [InlineData("troops fell sharply, compared with ", true)]
    [InlineData("troops moved from ", false)]
    public void ComparisonBefore_ends_where_a_compared_count_starts(string text, bool matches) =>
        Assert.Equal(matches, Patterns.Pattern("comparisonBefore").Match(text).Success);

    [Theory]
    [InlineData("Russian forces have lost ", true)]
    [InlineData("the army suffered ", true)]
    [InlineData("Israel is sustaining ", true)]
    [InlineData("the lost ", true)] // a verb by its form only: the count after it decides
    [InlineData("troops killed ", false)]
    [InlineData("lost in ", false)]
    [InlineData("the glossed ", false)]
    public void LossBefore_ends_at_a_verb_of_loss(string text, bool matches) =>
        Assert.Equal(matches, Patterns.Pattern("lossBefore").Match(text).Success);

    [Theory]
    [InlineData(" from the British Army will head", true)]
    [InlineData(" of the Israeli military were", true)]
    [InlineData(" from the Royal Navy", true)]
    [InlineData(" from Iraq", false)]
    [InlineData(" from the village militia", false)]
    public void OwnerAfter_names_an_armed_service(string text, bool matches) =>
        Assert.Equal(matches, Patterns.Pattern("ownerAfter").Match(text, 0).Success);
}
