using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// <see cref="Lexicon.ToAlternation"/>: the longest term that matches wins, whatever the order of the list, case and
/// spacing, and the terms come in an order that puts each before the terms it starts with.
/// </summary>
public sealed class LexiconAlternationTests
{
    [Theory]
    [InlineData("official\nofficials", "officials said", "officials")]
    [InlineData("officials\nofficial", "officials said", "officials")]
    [InlineData("official\noffice\nofficials", "the office said", "office")]
    [InlineData("vice\nvice president", "Vice President Harris", "Vice President")] // case ignored by (?i)
    [InlineData("Vice President\nvice", "vice  president Harris", "vice  president")] // a space matches any run
    [InlineData("news\nnews agency", "news agency", "news agency")]
    [InlineData("U.S.\nU.S. Central Command", "U.S. Central Command said", "U.S. Central Command")]
    [InlineData("aide\naides", "aide said", "aide")]
    [InlineData("aide\naides", "an aid said", "")]                                        // negative: no term
    public void LongestTermWins(string terms, string text, string expected)
    {
        var regex = new Regex("(?i:" + Lexicon.Parse("test.txt", terms).ToAlternation() + ")");
        Assert.Equal(expected, regex.Match(text).Value);
    }

    [Fact]
    public void EveryTermComesBeforeTheTermsItStarts()
    {
        var alternation = Lexicon.Parse("test.txt", "aide\nofficial\nAides\nofficials\noffice\nspokesman\nOff").ToAlternation();
        Assert.Equal(@"(?:spokesman|officials|official|office|Off|Aides|aide)", alternation);
    }
}
