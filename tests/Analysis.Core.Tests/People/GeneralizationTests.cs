using Analysis.Extraction;

namespace Analysis.Core.Tests.People;

/// <summary>Classes of error found on unseen text: title-case lines, surname-only well-known people, reported partial quotes.</summary>
public sealed class GeneralizationTests
{
    [Theory]
    [InlineData("Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder Holds a Press Briefing", "Patrick Ryder=Pat Ryder")]
    [InlineData("Pentagon to Send More Troops to Middle East, Austin Says", "Lloyd Austin=Austin")]
    [InlineData("Secretary Blinken Meets Israeli Leaders in Tel Aviv", "Antony Blinken=Blinken")]
    [InlineData("Patrick Ryder Visits Troops at Al Asad Air Base", "Patrick Ryder=Patrick Ryder")]
    [InlineData("Karine Jean-Pierre Briefs Reporters on Hostage Talks", "Karine Jean-Pierre=Karine Jean-Pierre")]
    public void Title_case_lines_do_not_swallow_verbs(string text, params string[] expected) => Assert.Equal(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("President Joe Biden is expected to speak with Netanyahu on Friday.", "Joe Biden=Joe Biden", "Benjamin Netanyahu=Netanyahu")]
    [InlineData("The talks between Zelenskyy and the allies went on.", "Volodymyr Zelensky=Zelenskyy")]
    [InlineData("Officials doubt that Sinwar survived the strike.", "Yahya Sinwar=Sinwar")]
    [InlineData("Turkey’s position under Erdogan has hardened.", "Recep Tayyip Erdogan=Erdogan")]
    [InlineData("The envoy met Xi in Beijing.", "Xi Jinping=Xi")]
    [InlineData("A message from Khamenei was read aloud.", "Ali Khamenei=Khamenei")]
    [InlineData("Putin has shown no sign of easing the campaign.", "Vladimir Putin=Putin")]
    [InlineData("Has Sinwar agreed to the terms?", "Yahya Sinwar=Sinwar")]
    public void Distinctive_known_surnames_alone_are_people(string text, params string[] expected) => Assert.Equal(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("Joint Chiefs Chairman Gen. CQ Brown told reporters the forces were ready.", "Charles Q. Brown=CQ Brown")]
    [InlineData("Conservative MP Anthony Beaumont-Dark said the budget was dull.", "Anthony Beaumont-Dark=Anthony Beaumont-Dark")]
    [InlineData("US Army officials and UN Security Council members met.")]
    [InlineData("The ST Louis Merchants Exchange opened.")]
    public void Two_capital_initials_open_a_name_only_where_a_person_is_found(string text, params string[] expected) =>
        Assert.Equal(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("Air Force Gen. Charles Q. Brown Jr. spoke later.", "Charles Q. Brown=Charles Q. Brown")]
    [InlineData("Rep. John Smith Sr. said no.", "John Smith=John Smith")]
    [InlineData("The Jr. varsity team won.")]
    public void A_generational_suffix_is_not_part_of_the_name(string text, params string[] expected) =>
        Assert.Equal(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("Sullivan told reporters the talks were close.", "2023-11-12", "Jake Sullivan=Sullivan")]
    [InlineData("Harris said the administration would act.", "2023-11-12", "Kamala Harris=Harris")]
    [InlineData("Sullivan told reporters the talks were close.", "1987-04-02")]
    [InlineData("Harris said the company would act.", "1987-04-02")]
    [InlineData("Austin ordered the USS Georgia to the region.", "2024-08-05", "Lloyd Austin=Austin")]
    [InlineData("Austin has grown fast, the mayor said.", "1987-04-02")]
    [InlineData("The conference moved to Austin last year.", "2024-08-05")]
    public void A_common_or_place_like_surname_alone_names_a_known_person_only_while_in_office(string text, string published, params string[] expected) =>
        Assert.Equal(expected, PeopleTestKit.Names(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("The conference moved to Austin last year.")]
    [InlineData("Analysts expect the price to rise in Austin and Dallas.")]
    [InlineData("The destroyer Carney shot down drones.")]
    [InlineData("The King Abdullah II Fund sent blankets.")]
    [InlineData("Donors gave to the Sheikh Zayed Foundation.")]
    [InlineData("Lockheed Martin, a defense contractor, declined to comment.")]
    [InlineData("At the Bank of Nova Scotia, deputy chief economist Warren Jestin was less optimistic.", "Warren Jestin=Warren Jestin")]
    [InlineData("Sales went to the Iran Power Generation Transmission, spokesman B. Jay Cooper said.", "B. Jay Cooper=B. Jay Cooper")]
    [InlineData("Guardman Investment, current manager and owner of all common shares, agreed.")]
    [InlineData("Gallant efforts were made to save the convoy.")]
    [InlineData("Eli Lilly and Co said sales rose.")]
    [InlineData("Elizabeth Arden Inc was sold.")]
    [InlineData("The shares were placed by James Capel and Co, the broker.")]
    public void Places_ships_and_things_named_after_people_are_not_people(string text, params string[] expected) => Assert.Equal(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("Oleksandra Matviichuk, head of a rights group, spoke.", "Oleksandra Matviichuk=Oleksandra Matviichuk")]
    [InlineData("Dariusz Wnuk, a farmer near the border, left.", "Dariusz Wnuk=Dariusz Wnuk")]
    [InlineData("Laurie Law, analyst at E.F. Hutton and Co Inc in New York, said prices would rise.", "Laurie Law=Laurie Law")]
    public void A_person_appositive_vouches_for_an_unknown_name(string text, params string[] expected) => Assert.Equal(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("Canadian Trade Minister Pat\nCarney said the talks on farm\nsubsidies had failed again and\nwould resume in the spring.", "Pat Carney=Pat Carney")]
    [InlineData("Tokyo officials said Finance Minister Kiichi\nMiyazawa would attend the meeting in\nParis next week with central\nbank governors.", "Kiichi Miyazawa=Kiichi Miyazawa")]
    public void Wire_copy_line_breaks_do_not_split_names(string text, params string[] expected) => Assert.Equal(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("A statement by John Hall\n\nFinance Ministry officials met.", "John Hall=John Hall")]
    public void A_blank_line_ends_a_name(string text, params string[] expected) => Assert.Equal(expected, PeopleTestKit.Names(text));

    [Theory]
    [InlineData("Lloyd Austin spoke. He added that up to 2,000 more could follow “in the coming weeks.”", "Lloyd Austin", "in the coming weeks.")]
    [InlineData("Maria Lopez said troops there were “on edge every night.”", "Maria Lopez", "on edge every night.")]
    [InlineData("Kirby warned that Iran would pay “a heavy price.”", "John Kirby", "a heavy price.")]
    [InlineData("Kirby said this morning, “We are ready.”", "John Kirby", "We are ready.")]
    [InlineData("Trump’s former adviser, John Bolton, said the deployment was “too little, too late.”", "John Bolton", "too little, too late.")]
    [InlineData("Grant Shapps said the deployment would “provide vital reassurance” to allies.", "Grant Shapps", "provide vital reassurance")]
    [InlineData("Antonio Guterres said he was “deeply shocked” by the reports.", "Antonio Guterres", "deeply shocked")]
    [InlineData("Emmanuel Macron said sending troops could not be “ruled out”, prompting denials from Germany.", "Emmanuel Macron", "ruled out")]
    [InlineData("The spokesman, reacting to Irish and British press reports, said “He continues to be interested.”", "unnamed spokesman", "He continues to be interested.")]
    public void Reported_partial_quotes_count(string text, string speaker, string quote)
    {
        var q = Assert.Single(PeopleTestKit.Run(text).Quotes);
        Assert.Equal((speaker, quote), (q.Speaker, q.Text));
    }

    [Theory]
    [InlineData("The official stated that the U.S. has “some concrete ideas” to discuss with allies “to figure out the way forward.”")]
    [InlineData("The official added that the U.S. would look for an “off-ramp that will prevent escalation.”")]
    [InlineData("Kirby said the operation dubbed ‘Al-Aqsa Flood’ began at dawn.")]
    [InlineData("Kirby said the troops were “on standby” to deploy.")]
    [InlineData("Kirby said the carrier would stay “on standby” for now.")]
    [InlineData("The plan would “provide vital reassurance” to allies.")]
    [InlineData("The administration seeks to break “the cycle of strike-counterstrike.”")]
    public void Terms_and_mid_sentence_fragments_are_not_quotes(string text) => Assert.Empty(PeopleTestKit.Run(text).Quotes);
}
