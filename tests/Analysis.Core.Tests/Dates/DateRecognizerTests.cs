using Analysis.Articles;
using Analysis.Extraction;
using Analysis.Extraction.Dates;
using Analysis.Text;

namespace Analysis.Core.Tests.Dates;

public sealed class DateRecognizerTests
{
    private static IReadOnlyList<TemporalExpression> Dates(string text, string published)
    {
        var doc = Segmenter.Default.Segment(new Article("t", text) { Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) });
        return DateRecognizer.Default.Recognize(doc);
    }

    [Theory]
    // absolute days
    [InlineData("Tanks moved on Highway 1, Sept. 18, 2024.", "2024-09-25", "Sept. 18, 2024", "2024-09-18", Granularity.Day)]
    [InlineData("Hamas attacked on October 7.", "2024-01-31", "on October 7", "2023-10-07", Granularity.Day)]
    [InlineData("It began on Oct. 7, 2023, at dawn.", "2024-01-31", "on Oct. 7, 2023", "2023-10-07", Granularity.Day)]
    [InlineData("It began on 7 October and went on.", "2023-12-01", "on 7 October", "2023-10-07", Granularity.Day)]
    [InlineData("The talks will resume on March 3.", "2024-09-25", "on March 3", "2025-03-03", Granularity.Day)]
    [InlineData("The file is dated 2023-10-07 here.", "2024-01-31", "2023-10-07", "2023-10-07", Granularity.Day)]
    // weekdays: the latest such day on or before publication, the next one in a future clause
    [InlineData("Singh said on Tuesday that it was over.", "2023-10-18", "on Tuesday", "2023-10-17", Granularity.Day)]
    [InlineData("Kirby told reporters at the White House on Thursday.", "2023-10-12", "on Thursday", "2023-10-12", Granularity.Day)]
    [InlineData("The U.S. president said Monday he had been briefed.", "2024-09-25", "Monday", "2024-09-23", Granularity.Day)]
    [InlineData("The ministers will meet on Tuesday in Paris.", "2023-10-18", "on Tuesday", "2023-10-24", Granularity.Day)]
    [InlineData("On Friday, the ministers will meet in Paris.", "2023-10-18", "On Friday", "2023-10-20", Granularity.Day)]
    [InlineData("They met last Wednesday.", "2023-10-18", "last Wednesday", "2023-10-11", Granularity.Day)]
    [InlineData("They meet next Wednesday.", "2023-10-18", "next Wednesday", "2023-10-25", Granularity.Day)]
    // months and years
    [InlineData("It was questioned in mid-October after the visit.", "2024-01-31", "in mid-October", "2023-10", Granularity.Month)]
    [InlineData("In November, local media reported it.", "2024-01-31", "In November", "2023-11", Granularity.Month)]
    [InlineData("Officials confirmed in late October that it held.", "2024-01-31", "in late October", "2023-10", Granularity.Month)]
    [InlineData("Prices rose in January.", "2024-01-31", "in January", "2024-01", Granularity.Month)]
    [InlineData("It was renamed in October 2021 by decree.", "2024-01-31", "in October 2021", "2021-10", Granularity.Month)]
    [InlineData("After being withdrawn in 2011, troops returned.", "2024-01-31", "in 2011", "2011", Granularity.Year)]
    [InlineData("Troops were redeployed into Iraq in late 2014.", "2024-01-31", "in late 2014", "2014", Granularity.Year)]
    [InlineData("A dirty war in Syria from 2011 onward.", "2024-01-31", "from 2011", "2011", Granularity.Year)]
    // relative days, weeks, weekends, months, years
    [InlineData("Talks began late last week in Baghdad.", "2024-01-31", "late last week", "2024-01-22/2024-01-28", Granularity.Span)]
    [InlineData("A drone killed three over the weekend.", "2024-01-31", "over the weekend", "2024-01-27/2024-01-28", Granularity.Span)]
    [InlineData("Austin spoke with Gallant over the weekend.", "2024-09-25", "over the weekend", "2024-09-21/2024-09-22", Granularity.Span)]
    [InlineData("They spoke over the weekend.", "2024-09-22", "over the weekend", "2024-09-21/2024-09-22", Granularity.Span)]
    [InlineData("The assembly meets in New York this week.", "2024-09-25", "this week", "2024-09-23/2024-09-29", Granularity.Span)]
    [InlineData("He left yesterday.", "2024-09-25", "yesterday", "2024-09-24", Granularity.Day)]
    [InlineData("He leaves tomorrow.", "2024-09-25", "tomorrow", "2024-09-26", Granularity.Day)]
    [InlineData("He spoke earlier today.", "2024-09-25", "earlier today", "2024-09-25", Granularity.Day)]
    [InlineData("It was decided earlier this month.", "2024-09-25", "this month", "2024-09", Granularity.Month)]
    [InlineData("It was decided last month.", "2024-01-25", "last month", "2023-12", Granularity.Month)]
    [InlineData("Output fell last year.", "1987-03-02", "last year", "1986", Granularity.Year)]
    [InlineData("The deal expires at the end of the month.", "2023-11-15", "the end of the month", "2023-11", Granularity.Month)]
    [InlineData("Payments resume at the end of next month.", "2023-11-15", "the end of next month", "2023-12", Granularity.Month)]
    [InlineData("The plan should be ready by year's end.", "2023-11-15", "year's end", "2023", Granularity.Year)]
    [InlineData("Troops leave by the end of the year.", "2023-11-15", "the end of the year", "2023", Granularity.Year)]
    [InlineData("It happened three days ago.", "2024-09-25", "three days ago", "2024-09-22", Granularity.Day)]
    public void Resolves(string text, string published, string expectedText, string value, Granularity granularity)
    {
        var hit = Assert.Single(Dates(text, published), d => d.Text.Contains(expectedText, StringComparison.Ordinal) || expectedText.Contains(d.Text, StringComparison.Ordinal));
        Assert.Equal(value, hit.Value);
        Assert.Equal(granularity, hit.Granularity);
        Assert.Equal(hit.Text, text[hit.Start..hit.End]);
    }

    [Fact]
    public void A_year_later_counts_from_the_previous_expression()
    {
        var dates = Dates("Troops were redeployed into Iraq in late 2014, and entered Syria a year later.", "2024-01-31");
        Assert.Equal(["2014", "2015"], dates.Select(d => d.Value));
    }

    [Theory]
    [InlineData("The strike came on Jan. 28, and two days later the base was evacuated.", "2024-01-28", "2024-01-30")]
    [InlineData("The talks began in March, and two months later they ended.", "2024-03", "2024-05")]
    public void Days_or_months_later_count_from_a_fine_enough_expression(string text, string first, string second) =>
        Assert.Equal([first, second], Dates(text, "2024-06-30").Select(d => d.Value));

    [Fact]
    public void Days_later_have_no_day_to_count_from_after_a_year() =>
        Assert.Equal(["2014"], Dates("Troops have stayed since 2014. Two days later the base closed.", "2024-01-31").Select(d => d.Value));

    [Theory]
    [InlineData("It struck on the anniversary of the 1973 war.")]
    [InlineData("Hamas fighters stormed 22 towns.")]
    [InlineData("Tanks moved on Highway 1 to the north.")]
    [InlineData("They may leave soon, and march on.")]
    [InlineData("The company earned 2,011 dlrs in the quarter.")]
    [InlineData("He spoke several times to the minister.")]
    [InlineData("The 2,000 personnel were placed on alert.")]
    public void Ignores(string text) => Assert.Empty(Dates(text, "2024-01-31"));

    [Fact]
    public void Without_a_publication_date_only_absolute_expressions_resolve()
    {
        var doc = Segmenter.Default.Segment(new Article("t", "On Tuesday it rained; on Oct. 7, 2023 it did not."));
        Assert.Equal(["2023-10-07"], DateRecognizer.Default.Recognize(doc).Select(d => d.Value));
    }
}
