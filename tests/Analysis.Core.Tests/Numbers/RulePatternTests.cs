using Analysis.Lexicons;

namespace Analysis.Core.Tests.Numbers;

/// <summary>Each named pattern of the numbers, figures and dates rules on its own: an input it must match and one it must not.</summary>
public sealed class RulePatternTests
{
    [Theory]
    [InlineData("numbers/patterns.yaml", "digits", "1,200 people", "F-16 jets")]
    [InlineData("numbers/patterns.yaml", "wordNumber", "twenty-two", "someone")]
    [InlineData("numbers/patterns.yaml", "quantity", "approximately 2,000", "approximately many")]
    [InlineData("numbers/patterns.yaml", "qualifier", "at least 5", "at last 5")]
    [InlineData("numbers/patterns.yaml", "rangeBetween", "between 1,000 and 1,500", "between them and us")]
    [InlineData("numbers/patterns.yaml", "rangeFrom", "from 10 to 20", "from here to there")]
    [InlineData("numbers/patterns.yaml", "rangeDash", "1,000-1,500", "F-16")]
    [InlineData("numbers/patterns.yaml", "rangeTo", "1,000 to 1,500", "1,000 to Israel")]
    [InlineData("numbers/patterns.yaml", "vague", "dozens of people", "dozen")]
    [InlineData("numbers/patterns.yaml", "currencyBefore", "worth $", "worth ")]
    [InlineData("numbers/patterns.yaml", "unitAfter", " pct", " people")]
    [InlineData("numbers/patterns.yaml", "unitAfter", " dead weight tons", " dead")]
    [InlineData("numbers/patterns.yaml", "unitAfter", " deadweight tonnes", " dead after the blast")]
    [InlineData("numbers/patterns.yaml", "unitAfter", " dead-weight tons", " dead, officials said")]
    [InlineData("numbers/patterns.yaml", "unitAfter", " dwt", " died")]
    [InlineData("numbers/patterns.yaml", "nameBefore", "on Highway ", "killed ")]
    [InlineData("numbers/patterns.yaml", "ageBefore", "aged ", "paged")]
    [InlineData("numbers/patterns.yaml", "monthBefore", "on October ", "on Tuesday ")]
    [InlineData("numbers/patterns.yaml", "monthAfter", " October", " troops")]
    [InlineData("numbers/patterns.yaml", "notCountAfter", " of", " people")]
    [InlineData("numbers/patterns.yaml", "notCountBefore", "no ", "killed ")]
    [InlineData("numbers/patterns.yaml", "phone", "202-555-0100", "1,000-1,500")]
    [InlineData("figures/patterns.yaml", "verbBefore", "a strike which killed ", "a strike which hit ")]
    [InlineData("figures/patterns.yaml", "verbAfter", " people have been killed", " people were evacuated and 31 were killed")]
    [InlineData("figures/patterns.yaml", "verbAfter", " U.S. personnel have suffered minor injuries", " U.S. personnel have suffered setbacks")]
    [InlineData("figures/patterns.yaml", "verbAfter", " sustained traumatic brain injuries", " sustained operations")]
    [InlineData("figures/patterns.yaml", "verbAfter", " remain hospitalized", " remain deployed")]
    [InlineData("figures/patterns.yaml", "selfReference", "We are sending", "US troops are")]
    [InlineData("figures/patterns.yaml", "selfReference", "the department is deploying", "the departure of troops")]
    [InlineData("figures/patterns.yaml", "selfReference", "told us", "the US told")]
    [InlineData("figures/patterns.yaml", "backReference", "These units are", "The units are")]
    [InlineData("figures/patterns.yaml", "prepositionBefore", "troops sent into the ", "troops sent home ")]
    [InlineData("figures/patterns.yaml", "prepositionBefore", "attacks against ", "attackers said ")]
    [InlineData("figures/patterns.yaml", "backReference", "those additional forces", "those additional talks")]
    [InlineData("figures/patterns.yaml", "backReference", "They will arrive", "Theyre")]
    [InlineData("figures/patterns.yaml", "elliptical", " in Gaza", " militants")]
    [InlineData("figures/patterns.yaml", "place", "killed in Israel", "killed in combat")]
    [InlineData("figures/patterns.yaml", "theCountry", "troops in the country", "troops in the region")]
    [InlineData("figures/patterns.yaml", "continuation", "Those forces would add key capabilities, according to a statement", "Those forces would add key capabilities.")]
    [InlineData("dates/patterns.yaml", "monthDay", "Sept. 18, 2024", "Sept. the 18th")]
    [InlineData("dates/patterns.yaml", "dayMonth", "7 October", "7 octopuses")]
    [InlineData("dates/patterns.yaml", "isoDate", "2023-10-07", "2023-1-7")]
    [InlineData("dates/patterns.yaml", "monthYear", "October 2023", "October 20233")]
    [InlineData("dates/patterns.yaml", "monthAlone", "In November", "they may go")]
    [InlineData("dates/patterns.yaml", "yearAlone", "in late 2014", "the 1973 war")]
    [InlineData("dates/patterns.yaml", "weekdayExpr", "on Tuesday", "on tuesday")]
    [InlineData("dates/patterns.yaml", "relativeDay", "yesterday", "yesteryear")]
    [InlineData("dates/patterns.yaml", "relativeWeek", "late last week", "last weekend")]
    [InlineData("dates/patterns.yaml", "weekend", "over the weekend", "the weekend edition")]
    [InlineData("dates/patterns.yaml", "relativeMonth", "earlier this month", "monthly")]
    [InlineData("dates/patterns.yaml", "relativeYear", "last year", "yearly")]
    [InlineData("dates/patterns.yaml", "ago", "three days ago", "three days later")]
    [InlineData("dates/patterns.yaml", "later", "a year later", "a year ago")]
    [InlineData("dates/patterns.yaml", "future", "will meet", "met")]
    public void Pattern_matches_its_positive_and_not_its_negative(string file, string name, string positive, string negative)
    {
        var regex = PatternLibrary.Load(file).Regex(name);
        Assert.Matches(regex, positive);
        Assert.DoesNotMatch(regex, negative);
    }
}
