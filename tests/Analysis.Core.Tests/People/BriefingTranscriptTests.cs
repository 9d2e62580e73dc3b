using Analysis.Extraction;
using Analysis.Extraction.Attribution;

namespace Analysis.Core.Tests.People;

/// <summary>A Pentagon-style briefing transcript: labels are not mentions, names in turns are, quotes follow turns.</summary>
public sealed class BriefingTranscriptTests
{
    private const string Transcript =
        "MS. SINGH: Good afternoon, everyone. Earlier today Secretary Austin spoke with Israeli Minister of Defense Yoav Gallant.\n" +
        "Q: Thank you. Kirby said yesterday that there are “no plans” to send troops. Is that still the case?\n" +
        "MS. SINGH: That’s right. As the Secretary said, “we will do everything we can to deter.”\n" +
        "GEN. RYDER: I'd just add that Lieutenant General Alexus Grynkewich briefed the press. “We are postured,” he told them.\n" +
        "Q: Follow-up for General Ryder?\n";

    [Fact]
    public void Names_in_turns_are_mentions_and_labels_are_not()
    {
        var names = PeopleTestKit.Names(Transcript, new DateOnly(2023, 10, 20));
        Assert.Equal(["Lloyd Austin=Austin", "Yoav Gallant=Yoav Gallant", "John Kirby=Kirby", "Alexus Grynkewich=Alexus Grynkewich", "Patrick Ryder=Ryder"], names);
    }

    [Fact]
    public void Quotes_take_their_attribution_or_the_turn_speaker()
    {
        var quotes = PeopleTestKit.Run(Transcript, new DateOnly(2023, 10, 20)).Quotes.Select(q => $"{q.Speaker}: {q.Text}").ToArray();
        Assert.Equal(["Lloyd Austin: we will do everything we can to deter.", "Alexus Grynkewich: We are postured"], quotes);
    }

    [Theory]
    [InlineData("SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "Lloyd Austin")]
    [InlineData("GENERAL CHARLES Q. BROWN, JR.", "Charles Q. Brown")]
    [InlineData("NATIONAL SECURITY COMMUNICATIONS ADVISOR JOHN KIRBY", "John Kirby")]
    [InlineData("PENTAGON PRESS SECRETARY AIR FORCE MAJOR GENERAL PAT RYDER", "Patrick Ryder")]
    [InlineData("STAFF", null)]
    public void Long_labels_resolve_without_office_words_or_suffixes(string label, string? person)
    {
        var context = PeopleTestKit.Run("GEN. RYDER: Hello.\nQ: Hi?", new DateOnly(2024, 8, 2));
        Assert.Equal(person, AttributionFinder.Default.SpeakerOfLabel(context, label));
    }

    [Fact]
    public void Turn_speakers_resolve_labels_to_people()
    {
        var context = PeopleTestKit.Run(Transcript, new DateOnly(2023, 10, 20));
        Source? At(string span) { var i = Transcript.IndexOf(span, StringComparison.Ordinal); return AttributionFinder.Default.Find(context, i, i + span.Length); }
        Assert.Equal("Sabrina Singh", At("Good afternoon")?.Name);
        Assert.Equal("Patrick Ryder", At("I'd just add")?.Name);
        Assert.Null(At("Is that still the case"));
    }
}
