using Analysis.Extraction.People;

namespace Analysis.Core.Tests.People;

/// <summary>Title-case lines (headlines) and short titles ("State of the Union"), positive and negative.</summary>
public sealed class HeadlineSplitterTests
{
    [Theory]
    [InlineData("Pentagon to Send More Troops to Middle East, Austin Says", true)]
    [InlineData("Karine Jean-Pierre Briefs Reporters on Hostage Talks", true)]
    [InlineData("The Pentagon sent more troops to the Middle East.", false)]
    [InlineData("Face the Nation", false)] // too short for a headline
    // Exactly 80 % capitalised (4 of 5 content words) is a title; one lower-case word more is not. The count stops
    // early once the lower-case words outweigh what the rest of the line could hold, so the ends must not matter.
    [InlineData("Pentagon Sends More Troops home", true)]
    [InlineData("Pentagon Sends more Troops home", false)]
    [InlineData("the senate voted on the bill late on Tuesday after a long debate, Reuters Says In A Report By Two Of Its Own Writers Today", false)]
    [InlineData("late word Pentagon Sends More Troops To Middle East As Austin Says Allies Agree On Plan", true)]
    public void A_title_case_line_capitalises_nearly_every_word(string line, bool expected) =>
        Assert.Equal(expected, HeadlineSplitter.IsTitleCase(line));

    [Theory]
    [InlineData("State of the Union", true)]
    [InlineData("Face the Nation", true)]
    [InlineData("Meet the Press.", true)]
    [InlineData("a dead man walking.", false)]
    [InlineData("Hamas", false)]                       // one word: a name, not a title
    [InlineData("We are Ready to Deploy", false)]      // a lower-case word that is not minor
    [InlineData("One Two Three Four Five Six Seven Eight Nine", false)] // too long for a quoted title
    public void A_short_text_with_every_major_word_capitalised_is_a_title(string text, bool expected) =>
        Assert.Equal(expected, HeadlineSplitter.IsTitle(text));
}
