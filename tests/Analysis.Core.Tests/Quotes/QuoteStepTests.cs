using Analysis.Core.Tests.People;

namespace Analysis.Core.Tests.Quotes;

public sealed class QuoteStepTests
{
    private static string[] Quotes(string text) =>
        PeopleTestKit.Run(text).Quotes.Select(q => $"{q.Speaker}: {q.Text}").ToArray();

    [Theory]
    // Attribution after the quotation: "Kirby said", "said Biden", titles between the mark and the name.
    [InlineData("National Security Council spokesman John Kirby spoke. “There are no plans,” Kirby said.", "John Kirby: There are no plans")]
    [InlineData("“I continue to be in contact with our counterparts,” said Biden.", "Joe Biden: I continue to be in contact with our counterparts")]
    [InlineData("“We are sending a small number of personnel,” Pentagon Spokesman Maj.-Gen. Patrick Ryder stated.", "Patrick Ryder: We are sending a small number of personnel")]
    [InlineData("The Pentagon completed five missions “to meet Israel's needs,” Deputy Pentagon Press Secretary Sabrina Singh said on Tuesday.", "Sabrina Singh: to meet Israel's needs")]
    // Attribution before: a colon, "stressed that:", a reporting verb.
    [InlineData("Sabrina Singh spoke. Singh stressed that: “No decisions have been reached.”", "Sabrina Singh: No decisions have been reached.")]
    [InlineData("John Kirby spoke. He pointed to the carriers: “They’re all there to deter.”", "John Kirby: They’re all there to deter.")]
    [InlineData("Defense Secretary Lloyd Austin said, “We will defend our partners.”", "Lloyd Austin: We will defend our partners.")]
    // "As X put it," leads a quotation.
    [InlineData("The Pentagon sent a second carrier. As Secretary Austin put it, “This is about deterrence.”", "Lloyd Austin: This is about deterrence.")]
    [InlineData("As one diplomat put it, “The fear is that talks would collapse.”", "unnamed diplomat: The fear is that talks would collapse.")]
    // A quoted title between the cue and a partial quote does not take the cue's place.
    [InlineData("Jake Sullivan spoke. Sullivan told CNN’s “State of the Union” that Sinwar was “a dead man walking.”", "Jake Sullivan: a dead man walking.")]
    // Straight quotation marks.
    [InlineData("\"We have national security interests,\" Kirby said.", "John Kirby: We have national security interests")]
    // Unnamed and group sources keep their description.
    [InlineData("US officials confirmed that commandos were on the ground “helping the Israelis,” including with hostages.", "US officials: helping the Israelis")]
    [InlineData("The plan was opposed, an official told the Times of Israel. “I can’t recall such a period,” he said.", "unnamed official: I can’t recall such a period")]
    // A fragment that carries the source's predicate is a quotation.
    [InlineData("IDF chief of staff General Herzi Halevi said that the military “failed” to protect Israel.", "Herzi Halevi: failed")]
    public void Finds_quotations_and_speakers(string text, string expected) => Assert.Equal([expected], Quotes(text));

    [Theory]
    // Highlighted terms and scare quotes in narration are not quotations.
    [InlineData("Hamas launched an operation dubbed ‘Al-Aqsa Flood’ at dawn.")]
    [InlineData("The mission was renamed to an ‘advise, assist and training’ operation in 2021.")]
    [InlineData("US troops in Iraq are “on standby” to deploy, the memo shows.")]
    [InlineData("The administration seeks to break “the cycle of strike-counterstrike.”")]
    [InlineData("Trump reneged on promises to bring “all” US forces home.")]
    [InlineData("The official stated that the U.S. has “some concrete ideas” to discuss with its allies.")]
    [InlineData("Lloyd Austin raised the issue when he asked for “deconfliction” measures.")]
    // Apostrophes are not single quotation marks.
    [InlineData("Israel’s army said the country’s border was closed and the soldiers’ leave cancelled.")]
    public void Ignores_highlighted_terms(string text) => Assert.Empty(Quotes(text));

    [Fact]
    public void A_reporting_verb_before_the_mark_counts_after_a_long_lead()
    {
        // The lead patterns read only the end of the lead (QuoteStep.LeadWindow): "said," right before the mark still
        // makes the passage a quotation after 400 characters of narration (its unknown speaker stays empty).
        var narration = string.Concat(Enumerable.Repeat("the convoy moved slowly along the coast road past the harbour ", 7));
        var quotes = Quotes($"Somebody spoke as {narration}and somebody in the back said, “We are leaving.”");
        Assert.Equal([": We are leaving."], quotes);
    }

    [Fact]
    public void Partial_quotes_count_only_next_to_their_attribution()
    {
        var quotes = Quotes("John Kirby spoke. The US already has “some experts” providing “advice and counsel,” as well as “a strong defense relationship,” Kirby added.");
        Assert.Equal(["John Kirby: a strong defense relationship"], quotes);
    }

    [Fact]
    public void Pronouns_take_the_most_recent_speaker_of_their_gender()
    {
        var quotes = Quotes("Defense Secretary Lloyd Austin ordered it.\nSabrina Singh said the order stands.\n“This order only puts these units on higher alert,” she said.");
        Assert.Equal(["Sabrina Singh: This order only puts these units on higher alert"], quotes);
    }

    [Fact]
    public void An_unattributed_quotation_continues_the_previous_speaker()
    {
        var quotes = Quotes("John Kirby stressed, however, that interests remain.\n“Those interests have not changed. They are more important now.”\n“The Israelis made it clear,” Kirby said. “There are no plans.”");
        Assert.Equal(["John Kirby: Those interests have not changed. They are more important now.", "John Kirby: The Israelis made it clear", "John Kirby: There are no plans."], quotes);
    }

    [Fact]
    public void A_quotation_runs_to_the_end_of_its_paragraph_when_not_closed()
    {
        var quotes = Quotes("Kirby said: “We will stay the course\n“And we will win.”");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("John Kirby: We will stay the course", quotes[0]);
    }

    [Fact]
    public void Quotes_in_a_transcript_belong_to_the_turn_speaker_unless_attributed()
    {
        const string text = "MR. KIRBY: The message is “don’t.” As the President said, “we will stand with Israel.”\nQ: Is that a threat?\nMR. KIRBY: “We have no intention of putting boots on the ground.”\n";
        var quotes = Quotes(text);
        Assert.Equal(["John Kirby: don’t.", "Joe Biden: we will stand with Israel.", "John Kirby: We have no intention of putting boots on the ground."], quotes);
    }

    [Fact]
    public void Quote_offsets_exclude_the_marks()
    {
        const string text = "“There are no plans,” Kirby said.";
        var q = Assert.Single(PeopleTestKit.Run(text).Quotes);
        Assert.Equal("There are no plans", text[q.Start..q.End]);
        Assert.Equal(0, q.Sentence);
    }
}
