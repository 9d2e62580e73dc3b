using Analysis.Articles;
using Analysis.Text;

namespace Analysis.Core.Tests.Text;

public sealed class SegmenterTests
{
    private static IReadOnlyList<string> Sentences(string text)
    {
        var doc = Segmenter.Default.Segment(new Article("t", text));
        return doc.Sentences.Select(doc.TextOf).ToArray();
    }

    [Theory]
    [InlineData("The U.S. Pentagon said Defense Secretary Lloyd Austin spoke with Israeli Defense Minister Yoav Gallant. He left.", 2)]
    [InlineData("“In light of increased tension, we are sending personnel,” Pentagon Spokesman Maj.-Gen. Patrick Ryder stated. Next.", 2)]
    [InlineData("“There are no plans,” Kirby said. “We will see.”", 2)]
    [InlineData("Tanks moved on Highway 1, Sept. 18, 2024. (Photo: Yossi Aloni/Flash90)", 2)]
    [InlineData("Mr. Smith met Gen. Jones and Dr. Who. They talked.", 2)]
    [InlineData("Lloyd J. Austin spoke. He left.", 2)]
    [InlineData("Troops arrived in the U.S. The next day they left.", 2)]
    [InlineData("Troops arrived in the U.S. Army base.", 1)]
    [InlineData("Output rose 5.93 mln tonnes. It fell.", 2)]
    [InlineData("“We will go.” Kirby said. Then he left.", 2)]
    [InlineData("Is it over? No. It is not!", 3)]
    [InlineData("He said “no” and left. she stayed.", 1)]
    [InlineData("", 0)]
    public void Splits_sentences(string text, int expected) => Assert.Equal(expected, Sentences(text).Count);

    [Fact]
    public void Keeps_quotation_with_its_attribution()
    {
        var s = Sentences("“There are no plans or intentions to put U.S. boots on the group in combat in Israel,” Kirby said.\nNext one.");
        Assert.Equal("“There are no plans or intentions to put U.S. boots on the group in combat in Israel,” Kirby said.", s[0]);
    }

    [Fact]
    public void Paragraphs_are_lines_in_web_text_and_indented_blocks_in_wire_copy()
    {
        var web = Segmenter.Default.Segment(new Article("w", "First line\nSecond line\nThird"));
        Assert.Equal([0, 1, 2], web.Sentences.Select(s => s.Paragraph));

        var wire = "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored.\n    The dry period means the temporao will be late this year.";
        var doc = Segmenter.Default.Segment(new Article("r", wire));
        Assert.Equal(2, doc.Sentences.Count);
        Assert.Equal([0, 1], doc.Sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Transcript_turns_start_at_speaker_labels()
    {
        var text = "MR. KIRBY: Good afternoon. We have news.\nQ: Will troops go?\nGEN. RYDER: No. Not now.\nMODERATOR: Last question.";
        var doc = Segmenter.Default.Segment(new Article("t", text));
        Assert.Equal(["MR. KIRBY", "Q", "GEN. RYDER", "MODERATOR"], doc.Turns.Select(t => t.Label));
        Assert.Equal("Good afternoon.", doc.TextOf(doc.Sentences[0]));
        Assert.Equal("MR. KIRBY", doc.Sentences[1].Turn!.Label);
        Assert.Equal("GEN. RYDER", doc.Sentences[3].Turn!.Label);
        Assert.DoesNotContain(doc.Sentences, s => doc.TextOf(s).Contains("RYDER:"));
    }

    [Theory]
    [InlineData("WASHINGTON: Troops left today.\nThey did.")]
    [InlineData("Note: this is prose.\nMore prose.")]
    public void A_single_label_is_not_a_transcript(string text) =>
        Assert.False(Segmenter.Default.Segment(new Article("t", text)).IsTranscript);

    [Fact]
    public void An_indented_label_opens_a_turn()
    {
        var doc = Segmenter.Default.Segment(new Article("t", "  MR. KIRBY: Good afternoon.\n\tQ: Will troops go?"));
        Assert.Equal(["MR. KIRBY", "Q"], doc.Turns.Select(t => t.Label));
    }

    [Theory]
    [InlineData("SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Thanks.\nQ: Will troops go?", "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "Q")]
    [InlineData("GENERAL CHARLES Q. BROWN, JR.: Thanks.\nQ (Tara Copp, AP): Will troops go?", "GENERAL CHARLES Q. BROWN, JR.", "Q")]
    [InlineData("MS. SINGH: Hi.\nQ (Lita): And Israel?\nMS. SINGH: No.", "MS. SINGH", "Q", "MS. SINGH")]
    [InlineData("PENTAGON PRESS SECRETARY AIR FORCE MAJOR GENERAL PAT RYDER: Hi.\nQ: And Israel?", "PENTAGON PRESS SECRETARY AIR FORCE MAJOR GENERAL PAT RYDER", "Q")]
    [InlineData("MR. KIRBY: Hi.\nQ Thank you, John. And Israel?\nMR. KIRBY: No.", "MR. KIRBY", "Q", "MR. KIRBY")]
    public void Long_labels_and_questions_with_their_asker_open_turns(string text, params string[] labels) =>
        Assert.Equal(labels, Segmenter.Default.Segment(new Article("t", text)).Turns.Select(t => t.Label));

    [Theory]
    [InlineData("BREAKING NEWS: Troops left.\nThey did.")]
    [InlineData("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN: no.\nA B C D E F G H I J K L M: no.")]
    public void Too_few_or_too_long_labels_make_no_transcript(string text) =>
        Assert.False(Segmenter.Default.Segment(new Article("t", text)).IsTranscript);

    [Theory]
    [InlineData("He told NATO: we stay.\nShe told the UN: we go.")]
    [InlineData("- KIRBY: yes.\n(RYDER: no.)")]
    [InlineData("Q Thank you.\nQatar said no.\nQ3 results: up.")]
    public void A_label_inside_a_line_is_not_a_turn(string text) =>
        Assert.False(Segmenter.Default.Segment(new Article("t", text)).IsTranscript);

    [Theory]
    [InlineData("A.\r\nB.\r\nC.", 3)]
    [InlineData("A.\rB.\rC.", 3)]
    // Wire copy wrapped at short lines, with CRLF: a break is a paragraph only before an indented or blank line.
    [InlineData("The company said it\r\nexpects higher sales\r\nin the second half\r\nof the year.\r\n  It gave no figures\r\nfor the quarter.\r\n", 2)]
    [InlineData("The company said it\r\nexpects higher sales\r\nin the second half\r\nof the year.\r\n\r\nIt gave no figures\r\nfor the quarter.", 2)]
    [InlineData("The company said it\nexpects higher sales\nin the second half\nof the year.\nIt gave no figures\nfor the quarter.", 1)]
    public void Handles_crlf_and_lone_cr(string text, int paragraphs) =>
        Assert.Equal(paragraphs, Segmenter.Default.Segment(new Article("t", text)).Sentences.Select(s => s.Paragraph).Distinct().Count());
}
