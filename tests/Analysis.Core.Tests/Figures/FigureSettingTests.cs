using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Figures;

/// <summary>
/// Classes of figure errors found on wire copy and UK news: a count that breaks casualties down (", including 35
/// children") is a casualty count, "Dozens more were wounded" takes its own verb, peacekeepers are troops, whose
/// forces may follow the noun ("soldiers from the British Army"), and a place at the edge of the window or after a
/// direction ("in southern Israel") is read whole.
/// </summary>
public sealed class FigureSettingTests
{
    private static IReadOnlyList<Figure> Figures(string text) =>
        ExtractionPipeline.Default.Analyze(new Article("t", text) { Published = new DateOnly(2024, 6, 12) }).Figures;

    private static Figure At(string text, string figure) => Assert.Single(Figures(text), f => f.Text == figure);

    [Theory]
    [InlineData("The group attacked a village, killing at least 104 people, including 35 children, activists said.", "35 children", 35L)]
    [InlineData("Far too many civilians have been killed, including thousands of children.", "thousands of children", 1000L)]
    [InlineData("Five soldiers were wounded in the blast, among them two officers.", "two officers", 2L)]
    [InlineData("Israeli air strikes have killed at least 558 people, including 50 children and 94 women, the ministry said.", "94 women", 94L)]
    public void A_count_that_breaks_casualties_down_is_a_casualty_count(string text, string figure, long low)
    {
        var f = At(text, figure);
        Assert.Equal((FigureCategory.Casualties, low), (f.Category, f.Low));
        Assert.Equal(figure == "two officers" ? "wounded" : "killed", f.Measure);
    }

    [Theory]
    [InlineData("Israel has mobilized 300,000 reservists, including 5,000 paratroopers.", "5,000 paratroopers", FigureCategory.Troops)]
    [InlineData("The company hired 300 workers, including 20 engineers.", "20 engineers", FigureCategory.Other)]
    [InlineData("The town has 300 residents, including 40 children.", "40 children", FigureCategory.Other)]
    public void A_breakdown_of_anything_else_keeps_its_own_category(string text, string figure, FigureCategory category) =>
        Assert.Equal(category, At(text, figure).Category);

    [Theory]
    [InlineData("Dozens more were wounded, it said.", "Dozens more", "wounded")]
    [InlineData("Rescuers said 20 others died overnight.", "20 others", "killed")]
    public void More_or_others_take_their_own_casualty_verb(string text, string figure, string measure)
    {
        var f = At(text, figure);
        Assert.Equal((FigureCategory.Casualties, measure), (f.Category, f.Measure));
    }

    [Theory]
    [InlineData("Pentagon Press Briefing\n\nGEN. RYDER: It will be 4,000 personnel.\nQ: Thanks.\n", FigureCategory.Troops)]
    [InlineData("Company Call\n\nMR. SMITH: It will be 4,000 personnel.\nQ: Thanks.\n", FigureCategory.Other)]
    public void Generic_personnel_in_a_military_briefing_are_troops(string text, FigureCategory category) =>
        Assert.Equal(category, At(text, "4,000 personnel").Category);

    [Theory]
    [InlineData("The Pentagon has roughly 40,000 troops in the Middle East, up from about 34,000 before the Oct. 7 attack.", "about 34,000", FigureCategory.Troops)]
    [InlineData("Sales rose to 40,000 units, up from 34,000.", "34,000", null)]
    public void A_count_compared_with_a_figure_takes_its_measure(string text, string figure, FigureCategory? category)
    {
        var f = Figures(text).SingleOrDefault(f => f.Text == figure);
        Assert.Equal(category, f?.Category);
    }

    [Fact]
    public void Peacekeepers_are_troops() =>
        Assert.Equal(FigureCategory.Troops, At("An estimated 1,500 peacekeepers remained in the region.", "An estimated 1,500 peacekeepers").Category);

    [Theory]
    [InlineData("Some 16,000 soldiers from the British Army will head to eastern Europe.", "Some 16,000 soldiers", "UK")]
    [InlineData("About 300 troops of the Israeli army were moved north.", "About 300 troops", "Israel")]
    [InlineData("Some 500 soldiers of the regiment were moved north.", "Some 500 soldiers", "")]
    [InlineData("Some 500 soldiers were moved from the Russian border.", "Some 500 soldiers", "")]
    public void Whose_troops_may_follow_the_noun(string text, string figure, string who) =>
        Assert.Equal(who, At(text, figure).Who);

    [Theory]
    [InlineData("“The UK will be sending 20,000 of our finest troops to the exercise,” Shapps said in a speech at Lancaster House on Monday.", "Lancaster House")]
    [InlineData("About 900 troops were sent, officials said in a statement on Tuesday, to bases across the Middle East.", "")]
    [InlineData("Hamas terrorists killed some 1,400 people in southern Israel.", "Israel")]
    [InlineData("About 2,500 troops in the U.S. were moved.", "US")]
    public void A_place_is_read_whole_at_the_window_edge_and_after_a_direction(string text, string where) =>
        Assert.Equal(where, Assert.Single(Figures(text), f => f.Category != FigureCategory.Other).Where);
}
