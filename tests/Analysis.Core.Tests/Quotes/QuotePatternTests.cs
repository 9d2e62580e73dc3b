using Analysis.Lexicons;

namespace Analysis.Core.Tests.Quotes;

/// <summary>Each named pattern of Rules/quotes/patterns.yaml on its own, positive and negative.</summary>
public sealed class QuotePatternTests
{
    private static readonly PatternLibrary Patterns = PatternLibrary.Load("quotes/patterns.yaml");

    [Theory]
    [InlineData("fullLeadIn", "", true)]
    [InlineData("fullLeadIn", "Singh stressed that: ", true)]
    [InlineData("fullLeadIn", "He pointed to the strike carrier groups: ", true)]
    [InlineData("fullLeadIn", "US troops in Iraq are ", false)]
    [InlineData("afterVerb", "Austin said, ", true)]
    [InlineData("afterVerb", "she added that ", true)]
    [InlineData("afterVerb", "Kirby said: ", true)]
    [InlineData("afterVerb", "the official stated that the U.S. has ", false)]
    [InlineData("predicateFragment", "failed", true)]
    [InlineData("predicateFragment", "helping the Israelis", true)]
    [InlineData("predicateFragment", "don’t", true)]
    [InlineData("predicateFragment", "will not deploy", true)]
    [InlineData("predicateFragment", "some concrete ideas", false)]
    [InlineData("predicateFragment", "off-ramp that will first", false)]
    [InlineData("predicateFragment", "to figure out the way", false)]
    [InlineData("predicateFragment", "Al-Aqsa Flood", false)]
    [InlineData("predicateFragment", "deeply shocked", true)]
    [InlineData("predicateFragment", "fully operational", false)]
    [InlineData("predicateLead", "said the deployment would ", true)]
    [InlineData("predicateLead", "said it could", true)]
    [InlineData("predicateLead", "said the troops were ", false)]
    [InlineData("predicateLead", "said the wouldbe ", false)]
    public void Pattern_matches(string pattern, string input, bool expected) =>
        Assert.Equal(expected, Patterns.Regex(pattern).IsMatch(input));
}
