using Analysis.Extraction;

namespace Analysis.Core.Tests.People;

public sealed class PeopleStepTests
{
    [Theory]
    // Titles, ranks and roles before a name are not part of it.
    [InlineData("White House national security spokesman John Kirby said so.", "John Kirby=John Kirby")]
    [InlineData("Defense Secretary Lloyd Austin placed troops on alert.", "Lloyd Austin=Lloyd Austin")]
    [InlineData("Pentagon Spokesman Maj.-Gen. Patrick Ryder stated it.", "Patrick Ryder=Patrick Ryder")]
    [InlineData("It was then-President Donald Trump who reneged.", "Donald Trump=Donald Trump")]
    [InlineData("Israeli Defense Minister Yoav Gallant spoke twice.", "Yoav Gallant=Yoav Gallant")]
    [InlineData("Earlier, IDF chief of staff General Herzi Halevi said the military failed.", "Herzi Halevi=Herzi Halevi")]
    [InlineData("Iraqi Prime Minister Mohammed Shia al-Sudani met officials.", "Mohammed Shia al-Sudani=Mohammed Shia al-Sudani")]
    [InlineData("European Commission President Ursula von der Leyen arrived.", "Ursula von der Leyen=Ursula von der Leyen")]
    [InlineData("Commerce Secretary Claude Lambert met Chancellor Bettina Krohn.", "Claude Lambert=Claude Lambert", "Bettina Krohn=Bettina Krohn")]
    // People no list knows: a common given name, or a person-only title.
    [InlineData("Deputy Pentagon Press Secretary Sabrina Singh said on Tuesday.", "Sabrina Singh=Sabrina Singh")]
    [InlineData("The report was written by Marta Kowalczyk of the institute.", "Marta Kowalczyk=Marta Kowalczyk")]
    [InlineData("Ambassador Teodor Vranic presented his credentials.", "Teodor Vranic=Teodor Vranic")]
    // Attributive and possessive uses, and a known surname with a reporting verb.
    [InlineData("US President Joe Biden’s administration has no plans.", "Joe Biden=Joe Biden")]
    [InlineData("The Biden administration continued the policy.", "Joe Biden=Biden")]
    [InlineData("“We will help,” said Biden.", "Joe Biden=Biden")]
    [InlineData("Netanyahu said the war would go on.", "Benjamin Netanyahu=Netanyahu")]
    // Aliases and nicknames map to the canonical name.
    [InlineData("Pat Ryder briefed reporters.", "Patrick Ryder=Pat Ryder")]
    [InlineData("Joseph R. Biden signed the order.", "Joe Biden=Joseph R. Biden")]
    [InlineData("The company said its chairman John Carr would retire.", "John Carr=John Carr")] // a title stands between
    [InlineData("Lord Brabazon spoke first. Later Brabazon said the inquiry would go on.", "Brabazon=Brabazon", "Brabazon=Brabazon")] // the surname an honorific vouched for
    public void Finds_people_by_name(string text, params string[] expected) => Assert.Equal(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("The USS Abraham Lincoln carrier strike group arrived in the Persian Gulf.")]
    [InlineData("The USS Truman carrier strike group was headed to the Mediterranean Sea.")]
    [InlineData("The president shook hands with members of Delta Force during a visit.")]
    [InlineData("Hamas fighters stormed 22 towns; the Israel Defense Forces and the IDF responded.")]
    [InlineData("The Pentagon, the White House and the CIA declined to comment.")]
    [InlineData("According to documents seen by The Intercept and the Axios news outlet, plans exist.")]
    [InlineData("According to Israel’s KAN News and the Times of Israel, the talks failed.")]
    [InlineData("The conference was held in Austin, Texas, last year.")]
    [InlineData("Israeli tanks were transported on Highway 1 near West Jerusalem and Washington.")]
    [InlineData("The operation dubbed ‘Al-Aqsa Flood’ began at dawn.")]
    [InlineData("Media reports suggested the troops would leave. Nevertheless, officials stayed.")]
    [InlineData("Against the backdrop of the UN General Assembly (UNGA) in New York this week, talks went on.")]
    [InlineData("Morgan Stanley said the offer was fair.")]
    [InlineData("The company will begin output at its Joe Mann mine next year.")]
    [InlineData("Schering said it will retain its Dr. Scholl's businesses in the U.S.")]
    [InlineData("The chain has sold their Peter Pan Restaurant in Urbana.")]
    [InlineData("The Lord Mayor of London opened the exhibition on Monday.")]
    [InlineData("The Lord's Resistance Army attacked a village.")]
    [InlineData("The minister, Gaza City, was said to be quiet.")]
    [InlineData("The minister, Northern Ireland Office and Treasury, agreed.")]
    public void Rejects_things_that_are_not_people(string text) => Assert.Empty(PeopleTestKit.Names(text));

    [Fact]
    public void Surnames_resolve_to_the_full_name_in_the_article()
    {
        var names = PeopleTestKit.Names("National Security Council spokesman John Kirby told reporters. “We will go,” Kirby said. Kirby added more.");
        Assert.Equal(["John Kirby=John Kirby", "John Kirby=Kirby", "John Kirby=Kirby"], names);
    }

    [Fact]
    public void An_unknown_surname_resolves_within_the_article()
    {
        var names = PeopleTestKit.Names("Analyst Gerhard Mosbauer warned of losses. Mosbauer said prices would fall.");
        Assert.Equal(["Gerhard Mosbauer=Gerhard Mosbauer", "Gerhard Mosbauer=Mosbauer"], names);
    }

    [Fact]
    public void A_surname_shared_by_two_people_in_the_article_stays_as_written()
    {
        var names = PeopleTestKit.Names("James Baker met Howard Baker on Monday. Baker said nothing.");
        Assert.Equal(["James Baker=James Baker", "Howard Baker=Howard Baker", "Baker=Baker"], names);
    }

    [Theory]
    [InlineData("Defense Secretary Lloyd Austin ordered it. The Secretary will continue to assess the posture.", "The Secretary", "Lloyd Austin")]
    [InlineData("The U.S. president said Monday he had been briefed.", "The U.S. president", "Joe Biden")]
    [InlineData("A photo showed the president shaking hands with soldiers.", "the president", "Joe Biden")]
    [InlineData("Deputy Press Secretary Sabrina Singh spoke. Defense Secretary Lloyd Austin agreed. The Secretary left.", "The Secretary", "Lloyd Austin")]
    public void Title_references_resolve_to_a_person(string text, string surface, string person)
    {
        var title = Assert.Single(PeopleTestKit.Run(text).Mentions, m => m.Kind == MentionKind.Title);
        Assert.Equal(surface, title.Surface);
        Assert.Equal(person, title.Person);
    }

    [Theory]
    [InlineData("The prime minister, Rishi Sunak, has said the UK will not send combat troops.", "The prime minister", "Rishi Sunak")]
    [InlineData("The defence secretary has announced the exercise. Grant Shapps said it would reassure allies.", "The defence secretary", "Grant Shapps")]
    [InlineData("The defense secretary met Grant Shapps and Lloyd Austin in London.", "The defense secretary", "Lloyd Austin")]
    [InlineData("The defence secretary has announced the exercise.", "The defence secretary", "Lloyd Austin")]
    public void A_title_is_its_appositive_name_or_the_named_holder_of_that_office(string text, string surface, string person)
    {
        var title = Assert.Single(PeopleTestKit.Run(text, new DateOnly(2024, 1, 23)).Mentions, m => m.Kind == MentionKind.Title);
        Assert.Equal((surface, person), (title.Surface, title.Person));
    }

    [Theory]
    // At a US briefing (the Department of Defense named), a turn's "the President" is the US president, whoever was named before.
    [InlineData("MR. MILLER: The Secretary will meet President el-Sisi in Cairo. I'd refer you to the Department of Defense.\n\nMR. MILLER: The President has been clear.", "Joe Biden")]
    // In the article's own voice, "the president" is the one named before.
    [InlineData("The Secretary will meet President el-Sisi in Cairo, the Department of Defense said.\n\nThe President has been clear.", "Abdel Fattah el-Sisi")]
    public void In_a_briefing_turn_an_unqualified_title_is_the_home_office(string text, string person)
    {
        var title = Assert.Single(PeopleTestKit.Run(text, new DateOnly(2023, 11, 6)).Mentions, m => m.Kind == MentionKind.Title && m.Surface == "The President");
        Assert.Equal(person, title.Person);
    }

    [Theory]
    [InlineData("The head of the army, Gen Sir Patrick Sanders, spoke.", "Patrick Sanders=Patrick Sanders")]
    [InlineData("Mr Shapps met Dame Jane Doe on Monday.", "Jane Doe=Jane Doe")]
    [InlineData("Chief military spokesman Rear Adm. Daniel Hagari said it.", "Daniel Hagari=Daniel Hagari")]
    [InlineData("Lord Dannatt told the BBC that more troops were needed.", "Dannatt=Dannatt")]
    [InlineData("Baroness Chapman agreed with the plan.", "Chapman=Chapman")]
    [InlineData("The minister, Shabana Mahmood, said the courts were ready.", "Shabana Mahmood=Shabana Mahmood")]
    [InlineData("The new justice secretary, Shabana Mahmood, said the courts were ready.", "Shabana Mahmood=Shabana Mahmood")]
    public void British_honorifics_and_roles_in_apposition_mark_people(string text, string expected) =>
        Assert.Contains(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("Mr. Smith said the plan would work.", "Smith=Smith")]
    [InlineData("Ms Okafor told reporters she would stay.", "Okafor=Okafor")]
    public void A_surname_after_an_honorific_is_a_person(string text, string expected) =>
        Assert.Equal([expected], PeopleTestKit.Names(text));

    [Theory]
    [InlineData("General Motors said sales fell.")]
    [InlineData("It includes MS Net, a product for networks.")]
    [InlineData("Dr. Ing. H.C.F. Porsche AG said earnings rose.")]
    public void Ranks_capitals_and_abbreviations_are_no_honorifics(string text) => Assert.Empty(PeopleTestKit.Names(text));

    [Fact]
    public void Title_references_resolve_by_office_and_date()
    {
        var mentions = PeopleTestKit.Run("The president signed the bill.", new DateOnly(2018, 5, 1)).Mentions;
        Assert.Equal("Donald Trump", Assert.Single(mentions).Person);
        Assert.Empty(PeopleTestKit.Run("The president signed the bill.", new DateOnly(1987, 5, 1)).Mentions);
    }

    [Fact]
    public void Transcript_labels_are_not_mentions_but_names_in_turns_are()
    {
        const string text = "MR. KIRBY: Good afternoon. Secretary Austin spoke with Minister Gallant today.\nQ: John, a question.\nMR. KIRBY: Go ahead.\n";
        var names = PeopleTestKit.Names(text);
        Assert.Equal(["Lloyd Austin=Austin", "Yoav Gallant=Gallant"], names);
    }

    [Fact]
    public void Mentions_carry_offsets_and_sentence_indexes()
    {
        const string text = "The plan failed. Defense Secretary Lloyd Austin’s staff agreed.";
        var m = Assert.Single(PeopleTestKit.Run(text).Mentions);
        Assert.Equal("Lloyd Austin", text[m.Start..m.End]);
        Assert.Equal(1, m.Sentence);
    }
}
