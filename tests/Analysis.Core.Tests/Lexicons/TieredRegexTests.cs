using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// Tiered regexes: a pattern given the compiled engine runs interpreted until it has run <see cref="TieredRegex.Threshold"/>
/// times, then its compiled copy takes over, with the same matches before and after.
/// </summary>
public sealed class TieredRegexTests
{
    private const string Week = @"\b(?<rel>last|next)\s+week\b";
    private const string Text = "Troops left last week and more go next week.";

    private static bool IsCompiled(Regex regex) => (regex.Options & RegexOptions.Compiled) != 0;

    private static string[] Found(Pattern pattern, string text) =>
        pattern.Matches(text).Select(m => $"{m.Groups["rel"].Value}@{m.Index}").ToArray();

    [Fact]
    public void A_cold_regex_is_interpreted()
    {
        var regex = new TieredRegex(Week, RegexOptions.Compiled | RegexOptions.CultureInvariant);
        for (var i = 1; i < TieredRegex.Threshold; i++) regex.For(Text);
        Assert.False(IsCompiled(regex.Current));
        Assert.True(regex.Promotion.IsCompleted);
    }

    [Fact]
    public async Task A_hot_regex_is_compiled_and_finds_the_same_matches()
    {
        var library = PatternLibrary.Parse("t/patterns.yaml", $"week: '{Week}'\n", enginesYaml: "week: compiled");
        var pattern = library.Pattern("week");
        Assert.False(IsCompiled(pattern.Regex));
        var cold = Found(pattern, Text);
        for (var i = 1; i < TieredRegex.Threshold; i++) Assert.Equal(cold, Found(pattern, Text));
        await pattern.Promotion.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(IsCompiled(pattern.Regex));
        Assert.Equal(["last@12", "next@34"], cold);
        Assert.Equal(cold, Found(pattern, Text));
    }

    [Fact]
    public void Only_the_compiled_engine_is_tiered()
    {
        var library = PatternLibrary.Parse("t/patterns.yaml", $"a: '{Week}'\nb: '{Week}'\n", enginesYaml: "b: nonBacktracking");
        foreach (var name in new[] { "a", "b" })
        {
            var pattern = library.Pattern(name);
            for (var i = 0; i < TieredRegex.Threshold * 2; i++) pattern.Match(Text);
            Assert.Same(library.Regex(name), pattern.Regex);
        }
    }

    [Fact]
    public void BuildAll_compiles_every_cold_regex_at_once()
    {
        var regex = new TieredRegex(Week, RegexOptions.Compiled);
        TieredRegex.BuildAll(Text);
        Assert.True(IsCompiled(regex.Current));
        Assert.Equal("last", regex.For(Text).Match(Text).Groups["rel"].Value);
    }

    [Fact]
    public void The_hot_tier_must_be_compiled() =>
        Assert.Throws<ArgumentException>(() => new TieredRegex(Week, RegexOptions.None));
}
