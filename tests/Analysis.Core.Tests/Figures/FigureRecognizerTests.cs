using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Figures;

public sealed class FigureRecognizerTests
{
    private static IReadOnlyList<Figure> Figures(string text) =>
        ExtractionPipeline.Default.Analyze(new Article("t", text) { Published = new DateOnly(2024, 1, 31) }).Figures;

    private static Figure Scored(string text) =>
        Assert.Single(Figures(text), f => f.Category != FigureCategory.Other);

    [Theory]
    [InlineData("So far, around 1,200 people have been killed in Israel.", "killed", 1200L, 1200L, Qualifier.Approximately, "", "Israel")]
    [InlineData("The announcement came after a deadly drone strike in Jordan which killed three US service members over the weekend.", "killed", 3L, 3L, Qualifier.Exact, "US", "Jordan")]
    [InlineData("At least 12 Palestinians were wounded in the raid.", "wounded", 12L, null, Qualifier.AtLeast, "Palestinians", "")]
    [InlineData("Officials said 30 Israelis were injured.", "wounded", 30L, 30L, Qualifier.Exact, "Israel", "")]
    [InlineData("Hamas is holding about 240 hostages in Gaza.", "hostages", 240L, 240L, Qualifier.Approximately, "", "Gaza")]
    [InlineData("Gunmen abducted 20 students from a school.", "hostages", 20L, 20L, Qualifier.Exact, "", "")]
    [InlineData("The ministry reported more than 300 dead.", "killed", 300L, null, Qualifier.MoreThan, "", "")]
    [InlineData("Dozens of civilians were killed in the strikes.", "killed", 12L, null, Qualifier.Vague, "", "")]
    [InlineData("Seven soldiers are missing after the attack.", "missing", 7L, 7L, Qualifier.Exact, "", "")]
    [InlineData("The blast killed between 10 and 15 people.", "killed", 10L, 15L, Qualifier.Range, "", "")]
    [InlineData("Russian forces have lost more than 600,000 soldiers killed or wounded since the invasion.", "killed", 600000L, null, Qualifier.MoreThan, "Russia", "")]
    [InlineData("Israel has suffered at least 300 deaths in the fighting.", "killed", 300L, null, Qualifier.AtLeast, "Israel", "")]
    [InlineData("An Iranian commander said Iraqi troops suffered at least 3,000 deaths in the offensive.", "killed", 3000L, null, Qualifier.AtLeast, "Iraq", "")]
    [InlineData("Russian missiles killed at least 12 civilians in Kharkiv.", "killed", 12L, null, Qualifier.AtLeast, "", "Kharkiv")]
    [InlineData("Russian forces killed more than 60 soldiers, officials said.", "killed", 60L, null, Qualifier.MoreThan, "", "")]
    public void Reads_casualties(string text, string measure, long? low, long? high, Qualifier qualifier, string who, string where)
    {
        var f = Scored(text);
        Assert.Equal(FigureCategory.Casualties, f.Category);
        Assert.Equal((measure, low, high, qualifier, who, where), (f.Measure, f.Low, f.High, f.Qualifier, f.Who, f.Where));
        Assert.Equal(f.Text, text[f.Start..f.End]);
    }

    [Theory]
    [InlineData("Defense Secretary Lloyd Austin has placed approximately 2,000 personnel across a variety of units on a heightened state of readiness to respond in the Middle East.", 2000L, 2000L, Qualifier.Approximately, "")]
    [InlineData("The group launched thousands of rockets into Israel and sent more than 1,000 militants to breach the border fence.", 1000L, null, Qualifier.MoreThan, "")]
    [InlineData("Meanwhile, the Pentagon announced it would send an additional small number of U.S. troops to the region.", null, null, Qualifier.Vague, "US")]
    [InlineData("Russia has massed some 100,000 soldiers near the border.", 100000L, 100000L, Qualifier.Approximately, "Russia")]
    [InlineData("The US has about 2,500 troops in Iraq, officials said.", 2500L, 2500L, Qualifier.Approximately, "US")]
    [InlineData("Up to 3,000 reservists were called up.", null, 3000L, Qualifier.AtMost, "")]
    [InlineData("About 30,000 Ukrainian recruits have been trained by the British Army since 2022.", 30000L, 30000L, Qualifier.Approximately, "Ukraine")]
    public void Reads_troops(string text, long? low, long? high, Qualifier qualifier, string who)
    {
        var f = Scored(text);
        Assert.Equal(FigureCategory.Troops, f.Category);
        Assert.Equal("troops", f.Measure);
        Assert.Equal((low, high, qualifier, who), (f.Low, f.High, f.Qualifier, f.Who));
    }

    [Fact]
    public void Others_are_more_of_the_people_counted_before()
    {
        var all = Figures("The attack killed 13 US service members and wounded 18 others.");
        Assert.Equal([("killed", 13L, "US"), ("wounded", 18L, "US")], all.Select(f => (f.Measure, f.Low ?? 0, f.Who)));
    }

    [Fact]
    public void A_casualty_verb_belongs_to_its_own_count()
    {
        var all = Figures("About 135,000 people were evacuated and 31 were killed after an explosion.");
        Assert.DoesNotContain(all, f => f.Low == 135000 && f.Category == FigureCategory.Casualties);
    }

    [Fact]
    public void A_bare_count_continues_the_casualty_list()
    {
        var all = Figures("So far, around 1,200 people have been killed in Israel and at least 1,100 in Gaza, according to local officials.");
        Assert.Equal(2, all.Count);
        Assert.All(all, f => Assert.Equal((FigureCategory.Casualties, "killed"), (f.Category, f.Measure)));
        Assert.Equal(["Israel", "Gaza"], all.Select(f => f.Where));
        Assert.Equal((1100L, (long?)null, Qualifier.AtLeast), (all[1].Low, all[1].High, all[1].Qualifier));
    }

    [Fact]
    public void In_the_country_resolves_to_the_country_named_before()
    {
        var f = Scored("Local media reported that US forces had been dispatched to guard Israel’s top secret nuclear facilities, and that an estimated 2,000 troops were on the ground in the country in total.");
        Assert.Equal(("Israel", "US"), (f.Where, f.Who));
    }

    [Theory]
    [InlineData("Hamas fighters stormed 22 towns, villages, and settlements.", "towns")]
    [InlineData("It launched thousands of rockets into Israel.", "rockets")]
    [InlineData("The Pentagon completed five missions to deliver assistance.", "missions")]
    [InlineData("The department remains focused on three objectives: defense and deterrence.", "objectives")]
    public void Other_counts_are_other(string text, string measure)
    {
        var f = Assert.Single(Figures(text));
        Assert.Equal((FigureCategory.Other, measure), (f.Category, f.Measure));
    }

    [Theory]
    [InlineData("It struck on the anniversary of the 1973 war.")]
    [InlineData("After being withdrawn in 2011, US troops were redeployed into Iraq in late 2014.")]
    [InlineData("IS was ultimately defeated in late 2017, but US forces never left.")]
    [InlineData("Israeli tanks moved on Highway 1, Sept. 18, 2024.")]
    [InlineData("Austin spoke with Gallant several times over the weekend.")]
    [InlineData("The Pentagon asked for $1.3 billion for the troops.")]
    [InlineData("A 23-year-old soldier was killed.")]
    [InlineData("Commandos were helping the Israelis to do a number of things.")]
    [InlineData("One of the soldiers was killed.")]
    [InlineData("The USS Carney shot down drones heading toward Israel on October 19.")]
    [InlineData("Jordan flies F-16 jets under Resolution 2334.")]
    [InlineData("The two companies first joined forces in August 1983.")]
    public void Not_figures(string text) => Assert.DoesNotContain(Figures(text), f => f.Category != FigureCategory.Other);
}
