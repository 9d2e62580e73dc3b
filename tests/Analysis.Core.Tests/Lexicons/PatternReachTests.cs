using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// Pattern reach (<c>reach.yaml</c>): where reading starts before the first trigger word, the syntax and its errors,
/// and soundness: on every seed, fixture and pattern-test example, a pattern with a reach finds exactly the matches its
/// regex finds reading the whole text.
/// </summary>
public sealed class PatternReachTests
{
    [Theory]
    [InlineData("said in late October", 13, 0, 13)]
    [InlineData("said in late October", 13, 1, 8)]
    [InlineData("said in late October", 13, 2, 5)]
    [InlineData("said in late October", 13, 9, 0)]      // not before the text
    [InlineData("said in mid-October", 12, 0, 8)]       // the word holding the trigger: "mid-October"
    [InlineData("said in (mid-October", 13, 0, 8)]
    [InlineData("said  in \n late October", 16, 1, 11)]  // any whitespace parts words
    [InlineData("October", 0, 3, 0)]
    public void Reading_starts_the_given_words_before_the_trigger(string text, int trigger, int words, int expected) =>
        Assert.Equal(expected, PatternReach.StartBefore(text, trigger, words));

    [Theory]
    [InlineData("(?-i)May|June", "In May and June", 3)]
    [InlineData("(?-i)May|June", "In June and May", 3)]
    [InlineData("(?-i)May|June", "it may rain", -1)]
    [InlineData("week|month", "next month, not this week", 5)]      // the earliest over separate scans
    [InlineData("week|month", "midweek and month", 12)]              // a trigger counts where a word begins
    [InlineData("’ll|will", "we’ll see if she will", 2)]             // found by its first character
    [InlineData("’ll|will", "she will, we’ll", 4)]
    [InlineData("a|bb|cc|dd|ee|ff|gg|hh|ii|jj", "xx jj ii a", 3)]     // words in more than one scan group
    public void The_first_trigger_word_is_found(string triggers, string text, int expected)
    {
        var caseSensitive = triggers.StartsWith("(?-i)", StringComparison.Ordinal);
        var set = new TriggerSet(triggers[(caseSensitive ? 5 : 0)..].Split('|'), caseSensitive);
        Assert.Equal(expected, set.FirstAt(text));
    }

    // Patterns with the same trigger words share one set, and a pattern may reuse the scan another just made of the
    // same text: a scan that only asked whether a trigger occurs (it may stop at a later one, scan group by scan group)
    // and a scan for the first one both leave the pattern with a reach reading from the first trigger word or before.
    [Fact]
    public void A_reused_trigger_scan_still_gives_the_first_trigger_word()
    {
        const string words = "bb|cc|dd|ee|ff|gg|hh|ii|zz";
        var library = PatternLibrary.Parse("t/patterns.yaml", "any: '\\b(?:bb|zz)\\b'\nfirst: '\\b(?:bb|zz)\\b'\n",
            triggersYaml: $"any: '{words}'\nfirst: '{words}'\n", reachYaml: "first: 0\n");
        const string text = "zz then bb";
        Assert.Same(TriggerSet.Shared(library.TriggersOf("any"), false), TriggerSet.Shared(library.TriggersOf("first"), false));
        Assert.True(library.Pattern("any").IsMatch(text));
        Assert.Equal(["zz", "bb"], library.Pattern("first").Matches(text).Select(m => m.Value));
    }

    [Fact]
    public void A_pattern_with_a_reach_reads_from_there_and_finds_the_same_matches()
    {
        var library = PatternLibrary.Parse("t/patterns.yaml", "p: '(?:\\b(?:in|late)\\s+)*\\bMay\\b'", "p: '(?-i)May'", reachYaml: "p: 2");
        var pattern = library.Pattern("p");
        Assert.Equal(["in late May", "May"], pattern.Matches("Sales fell in late May and May again.").Select(m => m.Value));
        Assert.Equal("in late May", pattern.Match("Sales fell in late May.").Value);
        Assert.True(pattern.IsMatch("late May"));
        Assert.False(pattern.IsMatch("it may fall"));
    }

    [Fact]
    public void A_pattern_that_starts_at_word_starts_is_tried_there_and_finds_the_same_matches()
    {
        var library = PatternLibrary.Parse("t/patterns.yaml", "p: '(?:\\b(?:in|late)\\s+)*\\bMay\\b'", "p: '(?-i)May'", reachYaml: "p: 2, at a word start");
        Assert.True(library.StartsAtWordStart("p"));
        var pattern = library.Pattern("p");
        Assert.Equal(["in late May", "May", "May"], pattern.Matches("Sales fell in late May and May again (May).").Select(m => m.Value));
        Assert.Equal("late May", pattern.Match("Sales fell in-late May.").Value);   // "in-late": "late" starts a word of its own
        Assert.Equal(Match.Empty, pattern.Match("Sales fell in Mayfair."));
        Assert.Equal("May", pattern.Match(new string('x', 60) + " May").Value);     // a text walked by the trigger index
    }

    [Theory]
    [InlineData("p: 'x'", "p: '1, anywhere'", "Reach '1, anywhere' for 'p' in t/reach.yaml")]
    [InlineData("p: 'x'", "p: 'two'", "Reach 'two' for 'p' in t/reach.yaml")]
    [InlineData("p: 'x'", "p: '-1'", "Reach '-1' for 'p' in t/reach.yaml")]
    [InlineData("p: 'x'", "q: '1'", "Reach for 'q' in t/reach.yaml")]
    [InlineData("", "p: '1'", "Reach for 'p' in t/reach.yaml: no such pattern with triggers")] // no trigger to reach back from
    public void Bad_reach_is_named_in_the_error(string triggers, string reach, string message)
    {
        var error = Record.Exception(() => PatternLibrary.Parse("t/patterns.yaml", "p: 'x'", triggers, reachYaml: reach));
        Assert.Contains(message, error!.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> PatternsWithReach() => RuleTexts.Patterns((library, name) => library.ReachOf(name) >= 0);

    [Theory]
    [MemberData(nameof(PatternsWithReach))]
    public void Reading_from_the_reach_finds_every_match_of_the_whole_text(string file, string name)
    {
        var pattern = PatternLibrary.Load(file).Pattern(name);
        var matches = 0;
        foreach (var text in RuleTexts.All)
        {
            var whole = new List<(int, int)>();
            if (pattern.MayMatch(text))
                for (var m = pattern.Regex.Match(text); m.Success; m = m.NextMatch()) whole.Add((m.Index, m.Length));
            var read = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.True(whole.SequenceEqual(read),
                $"{file}:{name} (reach {PatternLibrary.Load(file).ReachOf(name)}) missed a match in \"{(text.Length > 200 ? text[..200] + "…" : text)}\"");
            matches += whole.Count;
        }
        Assert.True(matches > 0, $"{file}:{name}: no seed, fixture or example text matches it, so its reach is untested");
    }

    public static TheoryData<string, string> PatternsStartingAtWordStarts() => RuleTexts.Patterns((library, name) => library.StartsAtWordStart(name));

    [Theory]
    [MemberData(nameof(PatternsStartingAtWordStarts))]
    public void A_pattern_said_to_start_at_word_starts_does(string file, string name)
    {
        var regex = PatternLibrary.Load(file).Regex(name);
        foreach (var text in RuleTexts.All)
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
                Assert.True(PatternReach.IsWordStart(text, m.Index), $"{file}:{name} matched \"{m.Value}\" inside a word of \"{text}\"");
    }

    [Theory]
    [MemberData(nameof(PatternsWithReach))]
    public void The_spans_of_a_pattern_are_those_of_its_matches(string file, string name)
    {
        var pattern = PatternLibrary.Load(file).Pattern(name);
        foreach (var text in RuleTexts.All)
        {
            var spans = new List<(int Start, int End)>();
            pattern.AddSpans(text, spans);
            var whole = new List<(int, int)>();
            for (var m = pattern.Regex.Match(text); m.Success; m = m.NextMatch()) whole.Add((m.Index, m.Index + m.Length));
            Assert.True(whole.SequenceEqual(spans), $"{file}:{name}: spans differ from the matches in \"{(text.Length > 200 ? text[..200] + "…" : text)}\"");
        }
    }

    [Theory]
    [InlineData("troop|forces|marines|sailors|soldiers|airmen|personnel|brigade|battalion|division|regiment|squadron|fleet|warship|destroyer|carrier|army|navy", "the TROOPSHIP sailed", 4)]
    [InlineData("troop|forces|marines|sailors|soldiers|airmen|personnel|brigade|battalion|division|regiment|squadron|fleet|warship|destroyer|carrier|army|navy", "subdivision of the army", 19)]
    [InlineData("troop|forces|marines|sailors|soldiers|airmen|personnel|brigade|battalion|division|regiment|squadron|fleet|warship|destroyer|carrier|army|navy", "no one at all", -1)]
    [InlineData("troop|forces|marines|sailors|soldiers|airmen|personnel|brigade|battalion|division|regiment|squadron|fleet|warship|destroyer|carrier|army|navy", "x-army", 2)]
    public void A_set_of_many_words_finds_them_at_word_starts(string triggers, string text, int expected) =>
        Assert.Equal(expected, new TriggerSet(triggers.Split('|'), caseSensitive: false).FirstAt(text));
}
