using Analysis.Articles;
using Analysis.Extraction;
using Analysis.Extraction.Attribution;
using Analysis.Text;

namespace Analysis.Core.Tests.Attribution;

public sealed class AttributionFinderTests
{
    private static AnalysisContext Analyze(string text, DateOnly? published = null)
    {
        var context = new AnalysisContext(Segmenter.Default.Segment(new Article("t", text) { Published = published ?? new DateOnly(2023, 10, 18) }));
        new Analysis.Extraction.People.PeopleStep().Run(context);
        return context;
    }

    private static Source? SourceOf(string text, string span)
    {
        var context = Analyze(text);
        var i = text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{span}' not in text");
        return AttributionFinder.Default.Find(context, i, i + span.Length);
    }

    [Theory]
    [InlineData("“There are no plans to put boots on the ground,” Kirby said.", "no plans", "John Kirby", SourceKind.Person)]
    [InlineData("“I continue to be in contact with our counterparts,” said Biden.", "in contact", "Joe Biden", SourceKind.Person)]
    [InlineData("Around 1,200 people have been killed in Israel, according to local officials.", "1,200 people", "local officials", SourceKind.Group)]
    [InlineData("Those forces would add key capabilities, according to a statement by the US Defense Department.", "key capabilities", "US Defense Department", SourceKind.Group)]
    [InlineData("US officials confirmed in late October that commandos were on the ground.", "commandos were on the ground", "US officials", SourceKind.Group)]
    [InlineData("In November, local media reported that US forces had been dispatched to guard the facilities.", "dispatched", "local media", SourceKind.Outlet)]
    [InlineData("The plan was opposed, an official told the Times of Israel.", "The plan was opposed", "unnamed official", SourceKind.Group)]
    [InlineData("According to the Axios news outlet, the administration asked for safety guarantees.", "asked for safety", "Axios", SourceKind.Outlet)]
    [InlineData("The plan is ready, according to documents seen by The Intercept.", "plan is ready", "The Intercept", SourceKind.Outlet)]
    [InlineData("The Pentagon announced it would send an additional small number of troops to the region.", "small number of troops", "Pentagon", SourceKind.Group)]
    [InlineData("US troops in Iraq are on standby to deploy.\nThat’s according to documents seen by The Intercept, including a memo.", "on standby", "The Intercept", SourceKind.Outlet)]
    [InlineData("Regular assurances by the White House that Washington has no plans were questioned.", "no plans", "White House", SourceKind.Group)]
    [InlineData("No troops will be deployed, National Security Council spokesman John Kirby told reporters at the White House.", "No troops", "John Kirby", SourceKind.Person)]
    [InlineData("Secretary of State Antony Blinken, speaking in Tel Aviv on Tuesday, said Washington had no plans to send troops.", "no plans", "Antony Blinken", SourceKind.Person)]
    [InlineData("Austin, asked about the deployment, said the troops would stay.", "troops would stay", "Lloyd Austin", SourceKind.Person)]
    [InlineData("About 200 U.S. commandos are in Israel, two officials familiar with the matter said.", "200 U.S. commandos", "two officials", SourceKind.Group)]
    [InlineData("More troops may follow, sources close to the talks said.", "More troops", "sources", SourceKind.Group)]
    [InlineData("The toll rose again, the Health Ministry said.", "toll rose", "Health Ministry", SourceKind.Group)]
    [InlineData("Some 16,000 soldiers will head east, the Ministry of Defence said.", "16,000 soldiers", "Ministry of Defence", SourceKind.Group)]
    [InlineData("Imports will rise, according to the Department of Energy.", "Imports", "Department of Energy", SourceKind.Group)]
    [InlineData("The U.S. has said it will not send troops to fight in Ukraine.", "send troops", "US", SourceKind.Group)]
    [InlineData("Bristol-Myers, the third largest drug company in the U.S., said that work remains to be done.", "work remains", "Bristol-Myers", SourceKind.Group)]
    [InlineData("About 100 American commandos are advising the IDF, The New York Times reported last week.", "100 American commandos", "The New York Times", SourceKind.Outlet)]
    [InlineData("The Hamas-run health ministry in Gaza said more than 9,000 people had been killed.", "9,000 people", "Hamas-run health ministry", SourceKind.Group)]
    [InlineData("Prices rose, analysts said.", "Prices rose", "analysts", SourceKind.Group)]
    [InlineData("Up to 20 people were wounded in the attack, according to the Iraqi interior ministry.", "20 people", "Iraqi interior ministry", SourceKind.Group)]
    [InlineData("Talks will resume next week, the foreign ministry said.", "Talks will resume", "foreign ministry", SourceKind.Group)]
    [InlineData("Talks will resume next week, a Finance Ministry statement said.", "Talks will resume", "Finance Ministry statement", SourceKind.Group)]
    [InlineData("Trade sources said talks will resume next week.", "talks will resume", "trade sources", SourceKind.Group)]
    [InlineData("Senior U.S. officials said talks will resume next week.", "talks will resume", "senior US officials", SourceKind.Group)]
    [InlineData("The carrier will stay, according to a senior U.S. official.", "carrier will stay", "unnamed senior US official", SourceKind.Group)]
    [InlineData("Activity was light, according to the Merrill Lynch economists.", "Activity was light", "Merrill Lynch", SourceKind.Group)]
    [InlineData("A Ministry of Defence spokesperson said the troops would stay until spring.", "troops would stay", "unnamed Ministry of Defence spokesperson", SourceKind.Group)]
    [InlineData("Department of Homeland Security officials said the border would stay open.", "border would stay", "Department of Homeland Security officials", SourceKind.Group)]
    [InlineData("Russia has lost 600,000 soldiers, according to British intelligence estimates.", "600,000 soldiers", "British intelligence", SourceKind.Group)]
    [InlineData("The attacks continued, US intelligence agencies said.", "attacks continued", "US intelligence agencies", SourceKind.Group)]
    public void Finds_the_source_of_a_span(string text, string span, string name, SourceKind kind)
    {
        var source = SourceOf(text, span);
        Assert.NotNull(source);
        Assert.Equal(name, source.Name);
        Assert.Equal(kind, source.Kind);
    }

    [Theory]
    [InlineData("US forces never left the region after 2017.", "never left")]
    [InlineData("The carrier strike group was headed to the Mediterranean Sea.", "headed")]
    [InlineData("Israel responded by launching airstrikes against Gaza.", "airstrikes")]
    [InlineData("The Biden administration continued the occupation of Syria.", "occupation")]
    public void Text_in_its_own_voice_has_no_source(string text, string span) => Assert.Null(SourceOf(text, span));

    [Theory]
    [InlineData("Markets fell sharply, and traders in Tokyo on Tuesday, said the market would steady.", "market would steady")]
    [InlineData("Another, referring to the talks, said the deal was close.", "deal was close")]
    public void A_weekday_or_a_lone_determiner_is_no_source(string text, string span) => Assert.Null(SourceOf(text, span));

    [Fact]
    public void Pronouns_resolve_to_the_most_recent_compatible_speaker()
    {
        const string text = "Defense Secretary Lloyd Austin placed 2,000 personnel on alert.\nSingh stressed that: “No decisions have been reached.”\n“This order only puts these units on higher alert,” she said.";
        Assert.Equal("Sabrina Singh", SourceOf(text, "higher alert")?.Name);
    }

    [Theory]
    [InlineData("The Health Ministry said the toll rose.\n“We are overwhelmed,” it said.", "We are overwhelmed", "Health Ministry")]
    [InlineData("Texaco Inc said it would sell the unit. It said the sale would close in May.", "the sale would close", "Texaco Inc")]
    [InlineData("The Intercept reported that a plan was ready.\nIt said the troops were on standby.", "troops were on standby", "The Intercept")]
    [InlineData("Kirby spoke first. The Pentagon said no order was given.\nIt also said the units stay on alert.", "units stay on alert", "Pentagon")]
    public void It_stands_for_the_last_organisation_cited(string text, string span, string name) => Assert.Equal(name, SourceOf(text, span)?.Name);

    [Theory]
    [InlineData("US officials said the talks failed.\n“We are done,” it said.", "We are done")]  // plural: "they", not "it"
    [InlineData("Kirby said the talks failed.\n“We are done,” it said.", "We are done")]         // a person is "he"
    [InlineData("“We will go,” it said.", "We will go")]                                        // nothing cited before
    [InlineData("The Pentagon said the units were ready.\nThe prospectus was filed.\n“We are done,” it said.", "We are done")] // too far back
    [InlineData("The Pentagon said the units were ready. Kirby said so too.\n“We are done,” it said.", "We are done")]        // a person came last
    public void It_never_stands_for_a_person_or_a_plural_source(string text, string span) => Assert.Null(SourceOf(text, span));

    [Fact]
    public void After_a_verb_it_opens_what_was_said()
    {
        // "said it would" is the reported clause, not a subject after the verb: the source is the one before it.
        const string text = "The Pentagon said the units were ready.\nThe plan, drawn up by a small cell of planners working late into the night, said it would send troops.";
        Assert.Null(SourceOf(text, "send troops"));
    }

    [Fact]
    public void He_is_never_a_person_named_inside_the_quotation()
    {
        const string text = "An analyst who asked to remain unidentified discouraged the rumor. “Joe Biden has a plateful already,” he said.";
        Assert.Equal("unnamed analyst", SourceOf(text, "plateful")?.Name);
    }

    [Theory]
    [InlineData("“We are ready,” said Pentagon spokesman John Kirby.", "We are ready", "John Kirby")]
    [InlineData("“I view it as posturing,” said analyst Carole Berger of Cyrus J. Lawrence.", "posturing", "Carole Berger")]
    [InlineData("“We were looking for 1.15 dlrs,” one banking analyst said.", "looking for", "unnamed analyst")]
    [InlineData("“The rumor is false,” a port official said.", "rumor is false", "unnamed official")]
    [InlineData("“The rumor is false,” port officials said.", "rumor is false", "officials")] // plural: not one unnamed source
    public void A_source_after_the_verb_is_the_person_its_title_names_else_one_unnamed_source(string text, string span, string name) =>
        Assert.Equal(name, SourceOf(text, span)?.Name);

    [Theory]
    // A bare comma before a verb that inverts: the source after it, when it closes the clause.
    [InlineData("UK will not send combat troops to Ukraine, says Keir Starmer.", "combat troops", "Keir Starmer")]
    [InlineData("The freeze will stay until prices rise, said an analyst.", "freeze will stay", "unnamed analyst")]
    // A participle after a comma reports for the clause's subject, not for the word before the comma.
    [InlineData("Presidential spokesman Marlin Fitzwater shrugged off the decline on Wall Street, saying the market was sound.", "market was sound", "Marlin Fitzwater")]
    [InlineData("First Chicago Corp chairman Barry Sullivan echoed the warning, saying the slump could hasten a recession.", "slump could hasten", "Barry Sullivan")]
    [InlineData("BAHRAIN - Iran reported a new offensive east of Basra, saying its troops had killed 2,400 Iraqis.", "2,400 Iraqis", "Iran")]
    public void A_comma_before_the_verb_inverts_it_or_leaves_the_subject_to_the_clause(string text, string span, string name) =>
        Assert.Equal(name, SourceOf(text, span)?.Name);

    [Theory]
    [InlineData("The minister, Wilfredo Huayta, said Peru would keep its freeze on silver sales.", "keep its freeze", "Wilfredo Huayta")] // "said Peru would": a reported clause
    [InlineData("Yurij Ponomarev, a director of the State Bank, told Reuters the bank would wait.", "bank would wait", "Yurij Ponomarev")]    // "told Reuters": an object
    public void A_comma_before_a_verb_does_not_invert_it_before_a_reported_clause_or_an_object(string text, string span, string name) =>
        Assert.Equal(name, SourceOf(text, span)?.Name);

    [Fact]
    public void He_skips_attributive_names_and_finds_the_unnamed_official()
    {
        const string text = "Nevertheless, the unnamed U.S. official dismissed the Israeli strategy.\n“I can’t recall such a period,” he said.\nThe Biden administration seeks to reduce tensions.\n“We obviously do not believe that,” he said.";
        Assert.Equal("unnamed US official", SourceOf(text, "I can’t recall")?.Name);
        Assert.Equal("unnamed US official", SourceOf(text, "We obviously")?.Name);
    }

    [Fact]
    public void Transcript_turns_are_their_speakers()
    {
        const string text = "MR. KIRBY: We are sending a small number of troops.\nQ: Will they fight?\nGEN. RYDER: No decisions have been made to deploy.\n";
        var context = Analyze(text);
        Source? At(string span) { var i = text.IndexOf(span, StringComparison.Ordinal); return AttributionFinder.Default.Find(context, i, i + span.Length); }
        Assert.Equal("John Kirby", At("small number")?.Name);
        Assert.Equal("Patrick Ryder", At("No decisions")?.Name);
        Assert.Null(At("Will they fight"));
    }
}
