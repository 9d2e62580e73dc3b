using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// Pattern triggers: the gate itself (data-driven, with negative cases), the triggers.yaml syntax, and soundness:
/// every match of every triggered rule pattern, on every seed, dev fixture and pattern-test example, contains one
/// of its trigger words (else the gate would drop a match the regex finds).
/// </summary>
public sealed class PatternTriggerTests
{
    private const string Patterns = "a: '\\b(?:last|next)\\s+week\\b'\nb: '(?i)\\bno\\s+boots\\b'\nc: '\\d+'\n";

    [Theory]
    [InlineData("a: 'week'", "a", "see you next week", true)]
    [InlineData("a: 'week'", "a", "see you NEXT WEEK", true)]      // ignores case, as the substring test
    [InlineData("a: 'week'", "a", "see you next month", false)]
    [InlineData("a: 'fortnight|week'", "a", "last week", true)]
    [InlineData("b: '{list:dates/weekdays.txt}'", "b", "on Tuesday", true)]
    [InlineData("b: '{list:dates/weekdays.txt}'", "b", "on Tue", false)]
    [InlineData("b: 'boots'\na: '{b}'", "a", "boots", true)]        // {b}: the triggers of b
    [InlineData("b: 'boots'\na: '{b}'", "a", "week", false)]
    [InlineData("a: 'week'", "c", "anything at all", true)]           // no trigger: always runs
    [InlineData("a: 'week'", "a", "midweek", false)]                  // a word trigger counts where a word begins
    [InlineData("a: 'week'", "a", "mid-week", true)]
    [InlineData("a: 'week'", "a", "weekly", true)]
    [InlineData("a: '-|week'", "a", "mid-week", true)]                 // a trigger that opens with a mark: anywhere
    [InlineData("a: '-|week'", "a", "midweek", false)]                 // … while a word trigger beside it still needs a word start
    [InlineData("a: '’ll|will'", "a", "we’ll see", true)]             // non-ASCII: found by its first character
    [InlineData("a: '’ll|will'", "a", "goodwill", false)]
    [InlineData("a: '–'", "a", "1,000–1,500", true)]                   // one character
    [InlineData("a: 'x'", "a", "X-ray", true)]
    [InlineData("a: 'x'", "a", "box", false)]
    [InlineData("a: 'troop|troops'", "a", "TROOPSHIP", true)]          // "troops" is implied by "troop"
    [InlineData("a: 'aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll'", "a", "one kk", true)] // more words than one scan holds
    [InlineData("a: 'aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll'", "a", "kkk", true)]
    [InlineData("a: 'aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll'", "a", "akk zz", false)]
    [InlineData("b: '(?-i)May'", "b", "in May", true)]                // (?-i): only as written
    [InlineData("b: '(?-i)May'", "b", "it may rain", false)]
    [InlineData("b: 'May'", "b", "it may rain", true)]
    public void Gate_passes_only_text_with_a_trigger_word(string triggers, string name, string text, bool mayMatch) =>
        Assert.Equal(mayMatch, PatternLibrary.Parse("t/patterns.yaml", Patterns, triggers).Pattern(name).MayMatch(text));

    [Fact]
    public void A_gated_pattern_finds_what_its_regex_finds_and_nothing_without_a_trigger()
    {
        var pattern = PatternLibrary.Parse("t/patterns.yaml", Patterns, "a: 'week'").Pattern("a");
        Assert.Equal(["last week", "next week"], pattern.Matches("last week and next week").Select(m => m.Value));
        Assert.Equal("next week", pattern.Match("last week and next week", 5).Value);
        Assert.Equal("next week", pattern.Match("last week and next week", 14, 9).Value);
        Assert.False(pattern.Match("last week and next month", 5).Success);
        Assert.False(pattern.IsMatch("last month"));
        Assert.Empty(pattern.Matches("next month"));
    }

    [Theory]
    [InlineData("xxDefense 5", 10, 8, false, "Defense ")]   // a window opening inside "xxDefense" reads "Defense" as a word
    [InlineData("xxDefense 5", 10, 8, true, "")]            // at a space: the cut word is not read
    [InlineData("Defense 5", 8, 40, true, "Defense ")]      // a window reaching the floor is not moved
    public void A_window_before_a_position_can_open_at_a_space(string text, int end, int window, bool atSpace, string expected)
    {
        var pattern = PatternLibrary.Parse("t/patterns.yaml", "cap: '\\b[A-Z]\\w*\\s+$'").Pattern("cap");
        Assert.Equal(expected, pattern.MatchBefore(text, end, window, atSpace: atSpace).Value);
    }

    [Fact]
    public void A_term_of_several_words_triggers_on_its_longest_word()
    {
        var library = PatternLibrary.Parse("t/patterns.yaml", Patterns, "a: '{list:dates/future.txt}'");
        Assert.Contains("scheduled", library.TriggersOf("a"));
        Assert.DoesNotContain("is scheduled to", library.TriggersOf("a"));
    }

    [Theory]
    [InlineData("zzz: 'week'", "no such pattern")]
    [InlineData("a: '{b}'", "has no trigger")]
    [InlineData("a: '{a}'", "refers to itself")]
    [InlineData("a: 'next week'", "one literal word")]
    [InlineData("a: '|'", "has no words")]
    public void Bad_triggers_are_named_in_the_error(string triggers, string message)
    {
        var error = Record.Exception(() => PatternLibrary.Parse("t/patterns.yaml", Patterns, triggers).Pattern("a"));
        Assert.NotNull(error);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("t/triggers.yaml", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> TriggeredPatterns() => RuleTexts.Patterns((library, name) => library.TriggersOf(name).Count > 0);

    [Theory]
    [MemberData(nameof(TriggeredPatterns))]
    public void Every_match_contains_a_trigger_word(string file, string name)
    {
        var library = PatternLibrary.Load(file);
        var pattern = library.Pattern(name);
        var matches = 0;
        foreach (var text in RuleTexts.All)
            for (var m = pattern.Regex.Match(text); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0) continue;
                matches++;
                // With the character before the match, so a trigger at its start must truly start a word.
                var from = m.Index > 0 && char.IsLetterOrDigit(text[m.Index - 1]) ? m.Index - 1 : m.Index;
                Assert.True(pattern.MayMatch(text.AsSpan(from, m.Index + m.Length - from)),
                    $"{file}:{name} matched \"{m.Value}\", which holds none of its trigger words where a word begins");
            }
        Assert.True(matches > 0, $"{file}:{name}: no seed, fixture or example text matches it, so its trigger is untested");
    }

    // The vectorised scans of a trigger set find what the definition says: the
    // first place where a trigger word starts, at a word start unless it opens with a mark. Checked for the triggers
    // of every rule pattern on every seed, fixture and example.
    [Theory]
    [MemberData(nameof(TriggeredPatterns))]
    public void The_first_trigger_word_is_where_the_definition_puts_it(string file, string name)
    {
        var library = PatternLibrary.Load(file);
        var triggers = library.TriggersOf(name);
        var caseSensitive = library.TriggersAreCaseSensitive(name);
        var set = new TriggerSet(triggers, caseSensitive);
        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        foreach (var text in RuleTexts.All)
        {
            var expected = -1;
            for (var at = 0; at < text.Length && expected < 0; at++)
                foreach (var t in triggers)
                    if (text.AsSpan(at).StartsWith(t, comparison) && (!char.IsLetterOrDigit(t[0]) || at == 0 || !char.IsLetterOrDigit(text[at - 1])))
                    { expected = at; break; }
            Assert.Equal(expected, set.FirstAt(text));
            Assert.Equal(expected >= 0, set.Occurs(text));
        }
    }

    [Fact]
    public void The_soundness_texts_include_the_seeds_fixtures_and_pattern_examples() =>
        Assert.True(RuleTexts.All.Count > 500, $"only {RuleTexts.All.Count} texts");
}
