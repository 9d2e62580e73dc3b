using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Statements;

/// <summary>
/// Classes of statement errors found on unseen news and briefing text: negation over "going to be" and modals,
/// reported deployments with numbers, orders to be ready, and actors resolved from the speaking institution.
/// Each class has several wordings, positive and negative.
/// </summary>
public sealed class StanceGeneralizationTests
{
    private static IReadOnlyList<Statement> Statements(string text, string title = "") =>
        ExtractionPipeline.Default.Analyze(new Article("t", text) { Published = new DateOnly(2023, 10, 24), Title = title }).Statements;

    [Theory]
    [InlineData("“We are not going to be sending American troops into combat,” the spokesman said.")]
    [InlineData("Britain won’t be deploying troops to Gaza, the minister said.")]
    [InlineData("“We are not sending troops to Israel,” she said.")]
    [InlineData("Washington has no intention of sending troops to Israel.")]
    [InlineData("The army will not be putting troops on the border, a spokesman said.")]
    [InlineData("The president ruled out sending ground forces to Ukraine.")]
    [InlineData("France is not planning to send soldiers to the region.")]
    [InlineData("The United States does not intend to deploy combat troops there.")]
    [InlineData("“We have not made any decision to send troops to Israel,” Kirby said.")]
    [InlineData("The Pentagon hasn’t taken a final decision on deploying more Marines.")]
    public void Negated_deployments_are_denials(string sentence)
    {
        var s = Assert.Single(Statements(sentence));
        Assert.Equal(Stance.Deny, s.Stance);
    }

    [Theory]
    [InlineData("If we do not send troops now, the militia will take the town, he warned.")]
    [InlineData("Reporters asked whether the Pentagon would not send troops after all?")]
    public void A_negation_inside_a_condition_or_question_is_no_denial(string sentence) =>
        Assert.DoesNotContain(Statements(sentence), s => s.Stance == Stance.Deny);

    [Theory]
    [InlineData("The Pentagon said on Monday it is sending about 1,500 troops to the region.", "US")]
    [InlineData("Officials said Washington would send 2,000 Marines to the Gulf.", "US")]
    [InlineData("The Israeli military is deploying 10,000 soldiers to the north.", "Israel")]
    [InlineData("Moscow will deploy 1,200 paratroopers to the border, the Kremlin said.", "Russia")]
    [InlineData("Defense Secretary Lloyd Austin ordered the 82nd Airborne to deploy to Poland, the Pentagon said.", "US")]
    [InlineData("The White House approved the deployment of 3,000 troops to Romania.", "US")]
    [InlineData("The Sudanese army said it had deployed reinforcements to the area.", "Sudan")]
    [InlineData("Some 16,000 soldiers from the British Army will head to eastern Europe.", "UK")]
    [InlineData("In mid-October, the Navy redirected the USS Dwight D. Eisenhower carrier strike group to the eastern Mediterranean.", "US")]
    [InlineData("The Pentagon said a second carrier, the USS Gerald R. Ford, arrived there earlier this month.", "US")]
    public void Reported_deployments_are_found(string sentence, string actor)
    {
        var s = Assert.Single(Statements(sentence));
        Assert.Equal((Stance.Deploy, actor), (s.Stance, s.Actor));
    }

    [Theory]
    [InlineData("The company is sending about 1,500 letters to its customers.")]
    [InlineData("The bank deployed 1,200 new branch staff to its offices.")]
    [InlineData("The head of the army will head to Brussels for talks.")]
    [InlineData("The airline redirected three flights to Cyprus.")]
    public void Civilian_sending_is_no_deployment(string sentence) => Assert.Empty(Statements(sentence));

    [Theory]
    [InlineData("Macron refused to rule out sending ground troops to Ukraine.")]
    [InlineData("Macron said that sending Western ground troops to Ukraine could not be ruled out.")]
    [InlineData("He would not rule out sending troops.")]
    public void A_deployment_not_ruled_out_is_no_statement(string sentence) => Assert.Empty(Statements(sentence));

    [Theory]
    [InlineData("Scholz ruled out sending ground troops to Ukraine.")]
    [InlineData("Sending ground troops to Ukraine was ruled out, Scholz said.")]
    [InlineData("He said there were no plans for a ground invasion at this stage.")]
    public void A_deployment_ruled_out_is_a_denial(string sentence) =>
        Assert.Equal(Stance.Deny, Assert.Single(Statements(sentence)).Stance);

    [Theory]
    [InlineData("The Abraham Lincoln Carrier Strike Group, which is currently en route to the region, will arrive soon.", Stance.Deploy)]
    [InlineData("The Wasp Amphibious Ready Group, with the 24th Marine Expeditionary Unit embarked, remains in the eastern Mediterranean.", Stance.Present)]
    public void A_relative_clause_or_aside_after_the_force_keeps_its_verb(string sentence, Stance stance) =>
        Assert.Equal(stance, Assert.Single(Statements(sentence)).Stance);

    [Theory]
    [InlineData("We have a small number of military advisers there, and they are helping the Israelis.", "")]
    [InlineData("Russia has troops stationed along the border.", "Russia")]
    [InlineData("About 100 American commandos are advising the IDF, The New York Times reported.", "US")]
    public void Forces_someone_has_there_or_that_are_advising_are_present(string sentence, string actor)
    {
        var s = Assert.Single(Statements(sentence));
        Assert.Equal((Stance.Present, actor), (s.Stance, s.Actor));
    }

    [Theory]
    [InlineData("The company has units in Texas.")]
    [InlineData("We have asked the advisers to leave.")]
    public void Having_without_a_place_or_civilian_units_is_no_presence(string sentence) =>
        Assert.DoesNotContain(Statements(sentence), s => s.Stance == Stance.Present);

    [Theory]
    [InlineData("Defense Secretary Lloyd Austin last week put roughly 2,000 troops on heightened alert.", "2023-10-25", "US")]
    [InlineData("Defense Secretary Lloyd Austin last week put roughly 2,000 troops on heightened alert.", "1990-10-25", "")]
    [InlineData("Defense Minister Yoav Gallant ordered 10,000 troops to the north.", "2023-10-25", "Israel")]
    [InlineData("Lloyd Austin said 10,000 Israeli troops would be sent to the north.", "2023-10-25", "Israel")]
    public void An_office_holder_acts_for_the_country_of_the_office(string sentence, string published, string actor) =>
        Assert.Equal(actor, Assert.Single(ExtractionPipeline.Default.Analyze(
            new Article("t", sentence) { Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) }).Statements).Actor);

    [Fact]
    public void A_second_deployment_verb_after_and_is_a_clause_of_its_own() =>
        Assert.Equal([Stance.Ready, Stance.Deploy], Statements(
            "Lloyd Austin on Saturday put about 2,000 troops on prepare-to-deploy orders and sent a second aircraft carrier toward the eastern Mediterranean.")
            .Select(s => s.Stance));

    [Theory]
    [InlineData("“We have ordered the 82nd Airborne to be ready,” the Pentagon official said.")]
    [InlineData("About 2,000 US troops were placed on alert, the Pentagon said.")]
    [InlineData("The Pentagon told 300 troops to prepare to deploy to Europe.")]
    [InlineData("Some 8,500 US troops received prepare-to-deploy orders.")]
    [InlineData("The brigade has been put on a shorter tether, the Pentagon said.")]
    [InlineData("US military units were on heightened alert.")]
    [InlineData("British paratroopers are on notice to move within 24 hours.")]
    public void Orders_to_be_ready_are_alerts(string sentence)
    {
        var s = Assert.Single(Statements(sentence));
        Assert.Equal(Stance.Ready, s.Stance);
    }

    [Theory]
    [InlineData("Gaddafi repeated his stand that no Libyan forces are in Chad.")]
    [InlineData("The minister said no American forces are in Syria now.")]
    public void A_presence_of_no_forces_is_no_statement(string sentence) => Assert.Empty(Statements(sentence));

    [Theory]
    [InlineData("Police were placed on alert before the match.")]
    [InlineData("The company told staff to be ready for the audit.")]
    public void Civilian_alerts_are_no_statements(string sentence) => Assert.Empty(Statements(sentence));

    [Fact]
    public void A_briefing_speaker_speaks_for_the_department()
    {
        const string text = "GEN. RYDER: Good afternoon. The department is deploying approximately 900 additional troops to the Middle East. "
            + "These units are on prepare-to-deploy orders.\n\nQ: Will they go to Israel?\n\nGEN. RYDER: We are not going to be sending troops into Israel.";
        var rows = Statements(text, "Department of Defense Press Briefing by Pentagon Press Secretary Maj. Gen. Pat Ryder");
        Assert.Equal([(Stance.Deploy, "US"), (Stance.Ready, "US"), (Stance.Deny, "US")], rows.Select(s => (s.Stance, s.Actor)));
    }

    [Theory]
    [InlineData("The IDF said on Sunday it is sending troops to the north. “We are sending our forces where they are needed,” a spokesman said.", "Israel")]
    [InlineData("The Kremlin said it had no comment. “We are deploying our troops to the exercise area,” a spokesman said.", "Russia")]
    public void We_resolves_to_the_article_institution(string text, string actor) =>
        Assert.All(Statements(text), s => Assert.Equal(actor, s.Actor));

    [Fact]
    public void These_units_take_the_previous_statement_actor() =>
        Assert.Equal(["Israel", "Israel"], Statements("Israeli tanks were sent to the border, the army said. These units are on high alert.").Select(s => s.Actor));

    [Theory]
    [InlineData("White House", "US")]
    [InlineData("U.S. Department of Defense", "US")]
    [InlineData("Example Gazette", "")]
    public void A_transcript_that_names_no_institution_speaks_for_its_publisher(string outlet, string actor)
    {
        const string text = "MR. KIRBY: Thanks. Two weeks ago, we also moved additional fighter squadrons into the region.";
        var article = new Article("t", text) { Published = new DateOnly(2023, 10, 24), Outlet = outlet };
        Assert.Equal(actor, Assert.Single(ExtractionPipeline.Default.Analyze(article).Statements).Actor);
    }

    [Fact]
    public void In_a_transcript_the_turn_speaker_reports_every_statement_of_the_turn()
    {
        const string text = "Press Briefing by National Security Communications Advisor John Kirby\n\nMR. KIRBY: Thanks. Earlier this month, the Secretary announced the deployment of a second carrier strike group. "
            + "We also moved additional fighter squadrons into the region.\n\nQ: Will more follow?";
        Assert.Equal(["John Kirby", "John Kirby"], Statements(text).Select(s => s.Speaker));
    }

    [Fact]
    public void Without_an_institution_an_unnamed_we_has_no_actor() =>
        Assert.Equal("", Assert.Single(Statements("“We are sending troops,” the commander said.")).Actor);
}
