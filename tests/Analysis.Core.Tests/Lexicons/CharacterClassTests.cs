using System.Text.RegularExpressions;
using Analysis.Extraction.Figures;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// A regex character class read into a set (<see cref="CharacterClass"/>), and the reader written with one: the words
/// after a count (<see cref="CountedNounReader.NextWord"/>) are the words the regex it replaced reads.
/// </summary>
public sealed class CharacterClassTests
{
    [Theory]
    [InlineData(@"[\w.’'-]", "aZé_9.’'-", " ,\"“")]
    [InlineData("[A-Z]", "AQZ", "az0 ")]
    [InlineData(@"[^\s]", "a.”", " \t\n\u00A0")]
    public void A_class_holds_what_the_regex_class_matches(string characterClass, string members, string others)
    {
        var set = CharacterClass.Members(characterClass);
        Assert.All(members, c => Assert.True(set.Contains(c), $"'{c}' is in {characterClass}"));
        Assert.All(others, c => Assert.False(set.Contains(c), $"'{c}' is not in {characterClass}"));
    }

    [Theory]
    [InlineData("A-Z")]
    [InlineData("[A-Z")]
    [InlineData("[A-Z]+")]
    [InlineData("[]")]
    public void Anything_but_one_class_is_refused(string text)
    {
        Assert.Null(CharacterClass.TryMembers(text));
        Assert.Throws<ArgumentException>(() => CharacterClass.Members(text));
    }

    private static readonly Regex Word = new(@"\G[ \t\u00A0]*(?<w>[A-Za-z][\w.’'-]*)", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("2,000 U.S. troops", 5, "U.S.")]
    [InlineData("5 \t\u00A0service-members’ kin", 1, "service-members’")]
    [InlineData("12 rockets.", 2, "rockets.")]
    [InlineData("12 ’s", 2, "")]      // a mark opens no word
    [InlineData("12 9th", 2, "")]
    [InlineData("12\nrockets", 2, "")] // a line break ends the read
    [InlineData("12", 2, "")]
    public void The_word_after_a_count(string text, int at, string expected)
    {
        var (start, end) = CountedNounReader.NextWord(text, at);
        Assert.Equal(expected, text[start..end]);
    }

    // At every position of every seed, fixture and pattern-test example.
    [Fact]
    public void The_word_reader_reads_what_the_regex_reads()
    {
        foreach (var text in RuleTexts.All)
            for (var at = 0; at <= text.Length; at++)
            {
                var m = Word.Match(text, at);
                var expected = m.Success ? (m.Groups["w"].Index, m.Groups["w"].Index + m.Groups["w"].Length) : (-1, -1);
                var (start, end) = CountedNounReader.NextWord(text, at);
                Assert.Equal(expected, end > start ? (start, end) : (-1, -1));
            }
    }
}
