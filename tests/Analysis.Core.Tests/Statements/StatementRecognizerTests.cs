using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Statements;

public sealed class StatementRecognizerTests
{
    private static IReadOnlyList<Statement> Statements(string text, DateOnly? published = null) =>
        ExtractionPipeline.Default.Analyze(new Article("t", text) { Published = published ?? new DateOnly(2024, 1, 31) }).Statements;

    [Theory]
    // deny
    [InlineData("No American troops will be deployed to Israel, a spokesman said.", Stance.Deny, "US", Force.Ground)]
    [InlineData("“No decisions have been reached to deploy any of those forces at this time,” she said.", Stance.Deny, "", Force.Unspecified)]
    [InlineData("Washington has “no plans or intentions” to put boots on the ground.", Stance.Deny, "US", Force.Ground)]
    [InlineData("There are no intentions, no plans to put American troops on the ground in combat.", Stance.Deny, "US", Force.Ground)]
    [InlineData("The minister quashed any rumors of airborne troops being sent to Israel.", Stance.Deny, "", Force.Ground)]
    [InlineData("Britain will not send combat troops to Ukraine.", Stance.Deny, "UK", Force.Ground)]
    [InlineData("The president ruled out sending US ground forces into the conflict.", Stance.Deny, "US", Force.Ground)]
    [InlineData("There will be no US boots on the ground in Gaza.", Stance.Deny, "US", Force.Ground)]
    // ready
    [InlineData("Defense Secretary Lloyd Austin placed approximately 2,000 US personnel on a heightened state of readiness.", Stance.Ready, "US", Force.Unspecified)]
    [InlineData("“This order only puts these units on higher alert,” she said.", Stance.Ready, "", Force.Unspecified)]
    [InlineData("US troops in Iraq are “on standby” to deploy to Israel if needed.", Stance.Ready, "US", Force.Ground)]
    [InlineData("Some 300 Russian paratroopers received prepare-to-deploy orders.", Stance.Ready, "Russia", Force.Ground)]
    // deploy
    [InlineData("He pointed to the US carrier strike groups that have been sent to the Middle East.", Stance.Deploy, "US", Force.Naval)]
    [InlineData("Kirby spoke, referring to the deployment of a US carrier strike group to the eastern Mediterranean.", Stance.Deploy, "US", Force.Naval)]
    [InlineData("Israel responded by launching airstrikes against Gaza, while deploying tanks and artillery to the southern border.", Stance.Deploy, "Israel", Force.Ground)]
    [InlineData("Israeli tanks being transported to the northern border with Lebanon.", Stance.Deploy, "Israel", Force.Ground)]
    [InlineData("The USS Truman carrier strike group was headed to the Mediterranean Sea.", Stance.Deploy, "US", Force.Naval)]
    [InlineData("The USS Abraham Lincoln carrier strike group recently arrived in the Persian Gulf.", Stance.Deploy, "US", Force.Naval)]
    [InlineData("The Pentagon announced it would send an additional small number of U.S. troops to the region.", Stance.Deploy, "US", Force.Ground)]
    [InlineData("US forces had been dispatched to guard the facilities.", Stance.Deploy, "US", Force.Unspecified)]
    [InlineData("US troops were redeployed into Iraq.", Stance.Deploy, "US", Force.Ground)]
    [InlineData("The Pentagon is sending two squadrons of F-16 jets to the region.", Stance.Deploy, "US", Force.Air)]
    [InlineData("Washington deployed THAAD batteries to Saudi Arabia.", Stance.Deploy, "US", Force.Air)]
    [InlineData("Pentagon officials said the carrier, with some 5,000 sailors aboard, would arrive in the eastern Mediterranean within days.", Stance.Deploy, "US", Force.Naval)]
    [InlineData("Russia has massed some 100,000 soldiers near the border.", Stance.Deploy, "Russia", Force.Ground)]
    [InlineData("Israeli troops were massing near the Gaza Strip.", Stance.Deploy, "Israel", Force.Ground)]
    [InlineData("The destroyer USS Carney arrived in the Red Sea on Thursday.", Stance.Deploy, "US", Force.Naval)]
    [InlineData("Washington will station an additional brigade in Romania.", Stance.Deploy, "US", Force.Ground)]
    [InlineData("Britain is pulling its troops out of Mali.", Stance.Withdraw, "UK", Force.Ground)]
    [InlineData("No US troops are expected to enter Gaza, officials said.", Stance.Deny, "US", Force.Ground)]
    [InlineData("The US is not considering sending troops to Israel.", Stance.Deny, "US", Force.Ground)]
    [InlineData("The frigate HMS Diamond sailed into the Red Sea.", Stance.Deploy, "UK", Force.Naval)]
    // present
    [InlineData("US officials confirmed that commandos were on the ground.", Stance.Present, "US", Force.SpecialForces)]
    [InlineData("IS was defeated, but US forces never left.", Stance.Present, "US", Force.Unspecified)]
    [InlineData("The US already has “some experts” providing advice.", Stance.Present, "US", Force.Advisers)]
    [InlineData("The US has about 2,500 troops stationed in Iraq.", Stance.Present, "US", Force.Ground)]
    [InlineData("American forces remain in Syria.", Stance.Present, "US", Force.Unspecified)]
    // withdraw
    [InlineData("Iraq and the US began formal talks on ending US forces' presence in the country.", Stance.Withdraw, "US", Force.Unspecified)]
    [InlineData("Russia withdrew its troops from the area around Kyiv.", Stance.Withdraw, "Russia", Force.Ground)]
    [InlineData("The withdrawal of US troops from Afghanistan ended in August.", Stance.Withdraw, "US", Force.Ground)]
    public void Reads_the_stance(string text, Stance stance, string actor, Force force)
    {
        // A second paragraph says the article is about the military (generic nouns such as "forces" need it).
        var s = Assert.Single(Statements(text + "\nThe military declined to comment."));
        Assert.Equal((stance, actor, force), (s.Stance, s.Actor, s.Force));
        Assert.Equal(s.Text, text[s.Start..s.End]);
    }

    [Theory]
    [InlineData("The US will continue to supply the Israel Defense Forces in their fight against Hamas.")]
    [InlineData("“The Israelis have made it very clear that they don’t want foreign troops on their soil,” Kirby said.")]
    [InlineData("The group launched rockets into Israel and sent more than 1,000 militants to breach the border fence.")]
    [InlineData("The documents do not explicitly confirm US intent to send troops into battle.")]
    [InlineData("The assurances regarding US troop deployment plans were first questioned in mid-October.")]
    [InlineData("The president shook hands with members of Delta Force during a visit to Israel.")]
    [InlineData("A militia engaged in a campaign of rocket and drone attacks against US forces in the region.")]
    [InlineData("The department is staying vigilant to any threats to US forces.")]
    [InlineData("They’re all there to send a strong signal of deterrence.")]
    [InlineData("And those forces will be there to demonstrate a sincere capability.")]
    [InlineData("Trump reneged on promises to bring all US forces home.")]
    [InlineData("The US may send more troops to the region.")]
    [InlineData("Will the US send troops to Israel?")]
    [InlineData("Israel withdrew its ambassador from Turkey.")]
    [InlineData("The Secretary will continue to assess our force posture.")]
    [InlineData("Media reports suggested the additional troops would be used to facilitate a possible evacuation.")]
    [InlineData("Protesters massed near the embassy.")]
    [InlineData("The troops massed their equipment in the square.")]
    [InlineData("Israel has called up some 360,000 reservists since October 7.")] // a call-up is no deployment (nor a SPEC readiness form)
    [InlineData("Officials pulled the plug on the deal with the troops' suppliers.")]
    [InlineData("The firm will supply test stations for Trident submarine guidance systems.")]
    [InlineData("The minister would not rule out sending troops.")]
    public void Not_statements(string text) => Assert.Empty(Statements(text));

    [Theory]
    [InlineData("The airline ordered 10 new aircraft from Boeing.")]
    [InlineData("The company said it will redeploy its service units to Texas.")]
    [InlineData("Japan Air Lines sent its carriers to the new terminal.")]
    [InlineData("Some banking experts were sent to the ministry.")]
    public void Civilian_nouns_are_not_forces_outside_military_news(string text) => Assert.Empty(Statements(text));

    [Fact]
    public void Two_statements_in_one_sentence_get_one_row_per_clause()
    {
        const string text = "“We have national security interests throughout the region,” Kirby said at the daily press briefing, referring to the deployment of a carrier strike group to the eastern Mediterranean, but quashed any rumors of airborne troops or Marines being sent to Israel.";
        var all = Statements(text);
        Assert.Equal([Stance.Deploy, Stance.Deny], all.Select(s => s.Stance));
        Assert.StartsWith("referring to the deployment", all[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("but quashed", all[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_inside_a_quotation_is_its_speakers()
    {
        const string text = "Speaking in London, Defense Secretary Lloyd Austin said: ‘We are proud of our armed forces. We will not send combat troops to Ukraine.’";
        var s = Assert.Single(Statements(text));
        Assert.Equal((Stance.Deny, "Lloyd Austin"), (s.Stance, s.Speaker));
        Assert.StartsWith("We will not", s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fronted_clause_is_its_own_statement_with_its_own_date()
    {
        var all = Statements("After being withdrawn in 2011, US troops were redeployed into Iraq in late 2014.");
        Assert.Equal([(Stance.Withdraw, "US", "2011", "in 2011"), (Stance.Deploy, "US", "2014", "in late 2014")],
            all.Select(s => (s.Stance, s.Actor, s.Date, s.DateText)));
    }

    [Fact]
    public void A_clause_without_a_date_takes_the_one_before_it_else_the_publication_date()
    {
        var all = Statements("The mission was renamed in late 2021, keeping troops on the ground. US forces never left.", new DateOnly(2024, 1, 31));
        Assert.Equal([("2021", "in late 2021"), ("2024-01-31", "")], all.Select(s => (s.Date, s.DateText)));
    }

    [Fact]
    public void Questions_in_a_transcript_are_not_statements()
    {
        var all = Statements("Q: Are US troops being sent to Israel, and will the carrier strike group stay?\nMR. KIRBY: No American troops will be deployed to Israel.");
        var s = Assert.Single(all);
        Assert.Equal(Stance.Deny, s.Stance);
    }

    [Fact]
    public void Later_statements_inherit_the_actor_of_the_one_before()
    {
        var all = Statements("US troops were put on alert. “No decisions have been reached to deploy any of those forces,” she said.");
        Assert.Equal(["US", "US"], all.Select(s => s.Actor));
    }
}
