using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Figures;

/// <summary>
/// Classes of figure errors found on unseen text: the predicate decides casualties ("suffered minor injuries",
/// "remain hospitalized"), "more"/"others" inherit the noun before, tonnage is no death toll, generic nouns
/// ("experts", "personnel") are troops only in a military sentence, and a briefing's troops are its department's.
/// </summary>
public sealed class FigureGeneralizationTests
{
    private static IReadOnlyList<Figure> Figures(string text, string title = "") =>
        ExtractionPipeline.Default.Analyze(new Article("t", text) { Published = new DateOnly(2023, 10, 24), Title = title }).Figures;

    private static Figure Scored(string text, string title = "") =>
        Assert.Single(Figures(text, title), f => f.Category != FigureCategory.Other);

    [Theory]
    [InlineData("At least 45 U.S. personnel have suffered minor injuries in the attacks.", "wounded", 45L)]
    [InlineData("Three soldiers sustained traumatic brain injuries, the army said.", "wounded", 3L)]
    [InlineData("Twelve troops were injured in the blast.", "wounded", 12L)]
    [InlineData("Two Marines were killed in the crash.", "killed", 2L)]
    [InlineData("Four soldiers died in the attack.", "killed", 4L)]
    [InlineData("Two sailors remain missing after the collision.", "missing", 2L)]
    [InlineData("Five soldiers were taken hostage at the checkpoint.", "hostages", 5L)]
    [InlineData("Militants abducted six soldiers near the border.", "hostages", 6L)]
    public void The_predicate_makes_troops_casualties(string sentence, string measure, long low)
    {
        var f = Scored(sentence);
        Assert.Equal((FigureCategory.Casualties, measure, low), (f.Category, f.Measure, f.Low));
    }

    [Theory]
    [InlineData("The death toll in Gaza rose to 1,400, the Health Ministry said.", "1,400", "killed", 1400L)]
    [InlineData("The death toll of the quake has now risen to 2,100.", "2,100", "killed", 2100L)]
    [InlineData("The number of Palestinians killed in Gaza since Oct. 7 has risen to 11,000, the ministry said.", "11,000", "killed", 11000L)]
    [InlineData("The strike killed 13, including five children.", "13", "killed", 13L)]
    [InlineData("The ministry said the death toll had surpassed 15,900.", "15,900", "killed", 15900L)]
    [InlineData("Storms injured 20 and damaged crops.", "20", "wounded", 20L)]
    public void A_bare_count_after_a_casualty_verb_or_a_death_toll_is_a_casualty_figure(string text, string figure, string measure, long low)
    {
        var f = Assert.Single(Figures(text), f => f.Text == figure);
        Assert.Equal((FigureCategory.Casualties, measure, (long?)low), (f.Category, f.Measure, f.Low));
    }

    [Theory]
    [InlineData("The toll road carried 1,400 cars on Sunday.")]
    [InlineData("Sales rose to 1,400 in March.")]
    [InlineData("The company hit 1,400 stores last year.")]
    [InlineData("The number of flights rose to 300.")]
    public void Other_counts_after_a_toll_or_a_rise_are_no_casualties(string text) =>
        Assert.DoesNotContain(Figures(text), f => f.Category == FigureCategory.Casualties);

    [Theory]
    [InlineData("Right now, we're tracking 34 service members who were injured.", "34 service members", FigureCategory.Casualties)]
    [InlineData("At least 11 people, including four children, were killed in the strike.", "At least 11 people", FigureCategory.Casualties)]
    [InlineData("At least 11 people, the police said, were at the scene.", "At least 11 people", FigureCategory.Other)]
    [InlineData("Three soldiers who died in the crash were identified.", "Three soldiers", FigureCategory.Casualties)]
    [InlineData("Three soldiers who killed two civilians were arrested.", "Three soldiers", FigureCategory.Troops)]
    [InlineData("Three soldiers that guard the base were relieved.", "Three soldiers", FigureCategory.Troops)]
    public void A_relative_clause_or_an_aside_keeps_the_predicate_only_when_it_is_a_casualty_one(string text, string figure, FigureCategory category) =>
        Assert.Equal(category, Assert.Single(Figures(text), f => f.Text == figure).Category);

    [Theory]
    [InlineData("The United States has roughly 900 troops in Syria and about 2,500 in Iraq.", 2500L, Qualifier.Approximately, "Iraq")]
    [InlineData("The US has about 2,500 troops in Iraq and 900 in Syria.", 900L, Qualifier.Exact, "Syria")]
    public void A_bare_count_continues_the_troop_list_before_it(string text, long low, Qualifier qualifier, string where)
    {
        var figures = Figures(text);
        Assert.Equal(2, figures.Count);
        var f = figures[1];
        Assert.Equal((FigureCategory.Troops, "troops", low, qualifier, where, "US"), (f.Category, f.Measure, f.Low, f.Qualifier, f.Where, f.Who));
    }

    [Theory]
    [InlineData("Between 200 and 300 U.S. special operations forces are already in Israel.", "special operations forces", FigureCategory.Troops)]
    [InlineData("The company laid off about 900 sales people last year.", "people", FigureCategory.Other)]
    [InlineData("Two companies first joined forces in 1985.", "companies", FigureCategory.Other)]
    public void A_plural_before_a_known_noun_modifies_it(string text, string measureOrHead, FigureCategory category)
    {
        var f = Assert.Single(Figures(text));
        Assert.Equal(category, f.Category);
        Assert.EndsWith(measureOrHead, f.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Eight people were wounded in the strike, and two remain hospitalized.", "two", "wounded")]
    [InlineData("Six people were hurt; three died in hospital.", "three", "killed")]
    [InlineData("The raid killed 90 people and wounded 230 others.", "230 others", "wounded")]
    public void A_count_without_its_own_noun_takes_its_predicate(string text, string figure, string measure)
    {
        var f = Assert.Single(Figures(text), f => f.Text == figure);
        Assert.Equal((FigureCategory.Casualties, measure), (f.Category, f.Measure));
    }

    [Theory]
    [InlineData("The Pentagon is sending about 1,500 troops to the region, and up to 2,000 more could follow.")]
    [InlineData("The Pentagon is sending about 1,500 troops to the region. Up to 2,000 more could follow later.")]
    public void More_after_a_troops_figure_is_troops(string text)
    {
        var f = Assert.Single(Figures(text), f => f.Text.EndsWith("more", StringComparison.Ordinal));
        Assert.Equal((FigureCategory.Troops, Qualifier.AtMost, (long?)2000), (f.Category, f.Qualifier, f.High));
    }

    [Theory]
    [InlineData("Shares rose 5 pct, and 2,000 more were sold on Friday.")]
    [InlineData("The firm hired 300 workers and plans 200 more next year.")]
    public void More_after_no_scored_figure_is_no_figure(string text) =>
        Assert.DoesNotContain(Figures(text), f => f.Category != FigureCategory.Other);

    [Theory]
    [InlineData("CSBC has orders to build 10 ships totalling 460,000 dead weight tons this year.")]
    [InlineData("The tanker of 250,000 deadweight tonnes was hit.")]
    [InlineData("The yard delivered a 90,000 dead-weight ton bulk carrier.")]
    [InlineData("A snowstorm caused some cattle deaths in the Panhandle.")]
    [InlineData("The flood caused 500 livestock deaths.")]
    [InlineData("Some experts believe the dollar will fall further.")]
    [InlineData("About 40 support personnel in Belgium are expected to be discharged.")]
    [InlineData("The ministry plans to build 100 FSX fighters.")]
    [InlineData("The firm hired 300 recruits from local colleges last year.")]
    public void Civilian_counts_are_neither_casualties_nor_troops(string sentence) =>
        Assert.DoesNotContain(Figures(sentence), f => f.Category != FigureCategory.Other);

    [Theory]
    [InlineData("The Pentagon has sent some military experts to advise the army.")]
    [InlineData("About 200 US military personnel are stationed at the base.")]
    [InlineData("Some 5,000 fighters of the militia attacked the army's positions.")]
    public void Generic_troop_nouns_count_in_a_military_sentence(string sentence) =>
        Assert.Equal(FigureCategory.Troops, Scored(sentence).Category);

    [Theory]
    [InlineData("Iraqi troops suffered 3,000 casualties in the offensive.", 3000L)]
    [InlineData("The army reported 150 casualties.", 150L)]
    public void Casualties_alone_are_casualties_without_a_split(string sentence, long low)
    {
        var f = Scored(sentence);
        Assert.Equal((FigureCategory.Casualties, "casualties", low), (f.Category, f.Measure, f.Low));
    }

    [Theory]
    [InlineData("GEN. RYDER: The department is deploying approximately 900 additional troops to the Middle East.", "Department of Defense Press Briefing", "US")]
    [InlineData("The Pentagon said it had no comment. “We are sending 300 troops,” a spokesman said.", "", "US")]
    [InlineData("The IDF said it would act. “We have called up 300,000 reservists,” a spokesman said.", "", "Israel")]
    public void A_briefing_or_we_gives_troops_to_the_home_institution(string text, string title, string who) =>
        Assert.Equal(who, Scored(text, title).Who);

    [Fact]
    public void Troops_in_plain_news_without_an_actor_keep_who_empty() =>
        Assert.Equal("", Scored("A force of 300 troops was moved into the area.").Who);
}
