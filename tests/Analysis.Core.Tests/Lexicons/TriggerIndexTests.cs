using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// The trigger index (<see cref="TriggerIndex"/>, <see cref="TriggerTrie"/>): one walk over a text answers for every
/// trigger set exactly what the set's own scan of the text, or of a window of it, answers.
/// </summary>
public sealed class TriggerIndexTests
{
    private const string Padding = " and so on, with more words after the ones the cases are about.";

    [Theory]
    [InlineData("troop|force", false, "The troopers and forces left", 0, -1, 4)]          // a trigger word is a prefix of a word
    [InlineData("troop|force", false, "Paratroopers left", 0, -1, -1)]                      // ... where a word begins
    [InlineData("troop|force", false, "Paratroopers left", 4, -1, 4)]                       // a window opening inside a word starts one
    [InlineData("troop|force", false, "the TROOPS left", 0, -1, 4)]                         // case ignored
    [InlineData("troops", false, "the troops left", 0, 8, -1)]                             // a word cut by the window's end is not in it
    [InlineData("troops", false, "the troops left", 0, 10, 4)]
    [InlineData("troops", false, "the troops left", 5, -1, -1)]
    [InlineData("May|June", true, "it may rain in May", 0, -1, 15)]                         // as written only
    [InlineData("’ll|-", false, "we’ll see", 0, -1, 2)]                                    // a mark-led word counts anywhere
    [InlineData("’ll|-", false, "a well-known one", 0, -1, 6)]
    [InlineData("19|20", false, "in 1987 and 2001", 4, -1, 12)]                             // digits are word characters
    [InlineData("ſtay", false, "they stay", 0, -1, -1)]                                     // no character folds into ASCII
    public void A_window_finds_the_first_trigger_word_a_scan_finds(string triggers, bool caseSensitive, string text, int from, int end, int expected)
    {
        var set = new TriggerSet(triggers.Split('|'), caseSensitive);
        var padded = text + Padding;
        end = end < 0 ? text.Length : end;
        Assert.Equal(expected, TriggerIndex.Of(padded, set).FirstAt(set, from, end));
        var scanned = set.FirstAt(padded.AsSpan(from, end - from));
        Assert.Equal(expected, scanned < 0 ? -1 : from + scanned);
    }

    [Theory]
    [InlineData("Troops left.")]
    [InlineData("Troops left" + Padding)]
    [InlineData("")]
    public void A_text_is_walked_once_however_short(string text)
    {
        var set = new TriggerSet(["troop"], caseSensitive: false);
        Assert.Null(TriggerIndex.Cached(new string(text), set));
        var index = TriggerIndex.Of(text, set);
        Assert.Same(index, TriggerIndex.Cached(text, set));
        Assert.Equal(text.Length == 0 ? -1 : 0, index.FirstAt(set, 0, text.Length));
    }

    [Fact]
    public void A_set_made_after_a_walk_is_found_in_the_next_one()
    {
        var text = "The quokkas of Rottnest" + Padding;
        var before = new TriggerSet(["rottnest"], caseSensitive: false);
        var walked = TriggerIndex.Of(text, before);
        var set = new TriggerSet(["quokka"], caseSensitive: false);
        Assert.Null(TriggerIndex.Cached(text, set));
        Assert.Equal(4, TriggerIndex.Of(text, set).FirstAt(set, 0, text.Length));
        Assert.Equal(15, walked.FirstAt(before, 0, text.Length));
    }

    public static TheoryData<string, string> TriggeredPatterns() => RuleTexts.Patterns((library, name) => library.TriggersOf(name).Count > 0);

    // Every rule pattern's trigger set, on every seed, fixture and example: the whole text, every suffix a resumed read
    // asks about and windows opening and closing at every seventh character (inside words too).
    [Theory]
    [MemberData(nameof(TriggeredPatterns))]
    public void The_index_answers_as_the_scan_of_every_rule_set(string file, string name)
    {
        var library = PatternLibrary.Load(file);
        var set = TriggerSet.Shared(library.TriggersOf(name), library.TriggersAreCaseSensitive(name));
        foreach (var text in RuleTexts.All)
        {
            var index = TriggerIndex.Of(text, set);
            for (var from = 0; from < text.Length; from += 7)
                foreach (var end in new[] { text.Length, Math.Min(text.Length, from + 40), Math.Min(text.Length, from + 13) })
                {
                    var scanned = set.FirstAt(text.AsSpan(from, end - from));
                    Assert.True((scanned < 0 ? -1 : from + scanned) == index.FirstAt(set, from, end),
                        $"{file}:{name} on [{from}, {end}) of \"{text[..Math.Min(60, text.Length)]}…\"");
                }
        }
    }
}
