using Analysis.Extraction;
using Analysis.Extraction.Numbers;

namespace Analysis.Core.Tests.Numbers;

public sealed class NumberRecognizerTests
{
    private static NumberMention One(string text) => Assert.Single(NumberRecognizer.Default.Recognize(text));

    [Theory]
    [InlineData("Austin placed approximately 2,000 personnel on alert.", "approximately 2,000", 2000, 2000, Qualifier.Approximately)]
    [InlineData("around 1,200 people have been killed", "around 1,200", 1200, 1200, Qualifier.Approximately)]
    [InlineData("and at least 1,100 in Gaza", "at least 1,100", 1100, null, Qualifier.AtLeast)]
    [InlineData("sending more than 1,000 militants", "more than 1,000", 1000, null, Qualifier.MoreThan)]
    [InlineData("an estimated 2,000 troops were on the ground", "an estimated 2,000", 2000, 2000, Qualifier.Approximately)]
    [InlineData("some 2,000 soldiers", "some 2,000", 2000, 2000, Qualifier.Approximately)]
    [InlineData("nearly 300 sailors", "nearly 300", 300, 300, Qualifier.Approximately)]
    [InlineData("roughly 41,000 people", "roughly 41,000", 41000, 41000, Qualifier.Approximately)]
    [InlineData("over 500 fighters", "over 500", 500, null, Qualifier.MoreThan)]
    [InlineData("upward of 900 troops", "upward of 900", 900, null, Qualifier.MoreThan)]
    [InlineData("up to 3,000 reservists", "up to 3,000", null, 3000, Qualifier.AtMost)]
    [InlineData("at most 40 advisers", "at most 40", null, 40, Qualifier.AtMost)]
    [InlineData("fewer than 20 hostages", "fewer than 20", null, 20, Qualifier.FewerThan)]
    [InlineData("less than 100 marines", "less than 100", null, 100, Qualifier.FewerThan)]
    [InlineData("under 50 commandos", "under 50", null, 50, Qualifier.FewerThan)]
    [InlineData("killed three US service members", "three", 3, 3, Qualifier.Exact)]
    [InlineData("stormed 22 towns", "22", 22, 22, Qualifier.Exact)]
    [InlineData("twenty-two soldiers died", "twenty-two", 22, 22, Qualifier.Exact)]
    [InlineData("two dozen fighters", "two dozen", 24, 24, Qualifier.Exact)]
    [InlineData("about a dozen sailors", "about a dozen", 12, 12, Qualifier.Approximately)]
    [InlineData("half a dozen sailors", "half a dozen", 6, 6, Qualifier.Exact)]
    [InlineData("half a million people", "half a million", 500000, 500000, Qualifier.Exact)]
    [InlineData("a handful of US troops", "a handful", null, null, Qualifier.Vague)]
    [InlineData("three hundred troops", "three hundred", 300, 300, Qualifier.Exact)]
    [InlineData("output of 5.93 mln tonnes", "5.93 mln", 5930000, 5930000, Qualifier.Exact)]
    [InlineData("a population of 1.3 million people", "1.3 million", 1300000, 1300000, Qualifier.Exact)]
    [InlineData("between 1,000 and 1,500 troops", "between 1,000 and 1,500", 1000, 1500, Qualifier.Range)]
    [InlineData("1,000-1,500 troops", "1,000-1,500", 1000, 1500, Qualifier.Range)]
    [InlineData("1,000 to 1,500 troops", "1,000 to 1,500", 1000, 1500, Qualifier.Range)]
    [InlineData("launching thousands of rockets", "thousands", 1000, null, Qualifier.Vague)]
    [InlineData("dozens of people", "dozens", 12, null, Qualifier.Vague)]
    [InlineData("hundreds of people", "hundreds", 100, null, Qualifier.Vague)]
    [InlineData("tens of thousands of people", "tens of thousands", 10000, null, Qualifier.Vague)]
    [InlineData("The US already has some experts there", "some", null, null, Qualifier.Vague)]
    [InlineData("we are sending a small number of additional US military personnel", "a small number", null, null, Qualifier.Vague)]
    [InlineData("it would send an additional small number of U.S. troops", "an additional small number", null, null, Qualifier.Vague)]
    [InlineData("a few soldiers", "a few", null, null, Qualifier.Vague)]
    [InlineData("2000 troops arrived", "2000", 2000, 2000, Qualifier.Exact)]
    [InlineData("The 2,000 personnel were placed on alert.", "2,000", 2000, 2000, Qualifier.Exact)]
    public void Reads(string text, string expected, int? low, int? high, Qualifier qualifier)
    {
        var n = One(text);
        Assert.Equal(expected, n.Text);
        Assert.Equal(expected, text[n.Start..n.End]);
        Assert.Equal((decimal?)low, n.Low);
        Assert.Equal((decimal?)high, n.High);
        Assert.Equal(qualifier, n.Qualifier);
    }

    [Theory]
    [InlineData("It struck on the anniversary of the 1973 war.")]
    [InlineData("After being withdrawn in 2011, they returned.")]
    [InlineData("It was redeployed in late 2014.")]
    [InlineData("Tanks on Highway 1, Sept. 18, 2024.")]
    [InlineData("Hamas attacked on October 7.")]
    [InlineData("It began on 7 October.")]
    [InlineData("They met at 3 p.m. local time.")]
    [InlineData("They met at 10:30 in the morning.")]
    [InlineData("He was the 22nd to arrive.")]
    [InlineData("The victim was a 23-year-old student.")]
    [InlineData("The man, aged 23, was held.")]
    [InlineData("The USS Carney fired on Resolution 2334 grounds.")]
    [InlineData("Jordan bought F-16 jets.")]
    [InlineData("The deal was worth $1.3 billion.")]
    [InlineData("Revenue rose 5 dlrs a share.")]
    [InlineData("Prices rose 12 % in March.")]
    [InlineData("Prices rose 12 pct in March.")]
    [InlineData("Austin spoke with Gallant several times.")]
    [InlineData("He said some of us would go.")]
    [InlineData("Dozens of them fled.")]
    [InlineData("He was one of the officers.")]
    [InlineData("Call 202-555-0100 for details.")]
    [InlineData("Sales peaked in the 1980s.")]
    [InlineData("The 2014-2015 season ended.")]
    public void Ignores(string text) => Assert.Empty(NumberRecognizer.Default.Recognize(text));

    [Fact]
    public void Offsets_shift_by_the_sentence_start()
    {
        var n = One("killed 12 people");
        var shifted = Assert.Single(NumberRecognizer.Default.Recognize("killed 12 people", 100));
        Assert.Equal(n.Start + 100, shifted.Start);
    }

    [Fact]
    public void Finds_every_number_in_a_sentence()
    {
        var all = NumberRecognizer.Default.Recognize("So far, around 1,200 people have been killed in Israel and at least 1,100 in Gaza.");
        Assert.Equal(["around 1,200", "at least 1,100"], all.Select(n => n.Text));
    }
}
