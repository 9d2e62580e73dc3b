using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// Per-thread regex copies: each thread gets its own copy of a shared regex, kept until the regex it copies changes,
/// and a copy finds exactly what the original finds (the same matches, groups and options), with every engine.
/// </summary>
public sealed class ThreadRegexTests
{
    private const string Pattern = @"(?<lo>\d+)\s*(?:-|to)\s*(?<hi>\d+)\s+(?<unit>troops|soldiers)\b";
    private const string Text = "Between 200-300 troops and 40 to 50 soldiers arrived; 7 to 9 tanks did not.";

    private static string Found(Regex regex, string text) => string.Join(";", regex.Matches(text)
        .Select(m => $"{m.Index}+{m.Length}:{m.Groups["lo"].Value}/{m.Groups["hi"].Value}/{m.Groups["unit"].Value}"));

    [Theory]
    [InlineData(RegexOptions.None)]
    [InlineData(RegexOptions.Compiled)]
    [InlineData(RegexOptions.NonBacktracking)]
    [InlineData(RegexOptions.RightToLeft)]
    [InlineData(RegexOptions.Compiled | RegexOptions.RightToLeft)]
    public void A_copy_finds_what_its_source_finds(RegexOptions options)
    {
        var source = new Regex(Pattern, options | RegexOptions.CultureInvariant);
        var copy = new ThreadRegex.Copy(source);
        Assert.Equal(Found(source, Text), Found(copy, Text));
        Assert.NotEqual("", Found(copy, Text));
        Assert.Equal(source.Options, copy.Options);
        Assert.Equal(source.GetGroupNames(), copy.GetGroupNames());
        Assert.Equal(source.GetGroupNumbers(), copy.GetGroupNumbers());
        Assert.Equal(source.ToString(), copy.ToString());
    }

    [Fact]
    public void Every_rule_pattern_copied_finds_the_same_matches_on_every_rule_text()
    {
        foreach (var (file, name) in RuleTexts.Patterns((_, _) => true).Select(row => ((string)row[0], (string)row[1])))
        {
            var source = PatternLibrary.Load(file).Regex(name);
            var copy = new ThreadRegex.Copy(source);
            foreach (var text in RuleTexts.All.Where(t => t.Length < 400))
                Assert.True(Found(source, text) == Found(copy, text), $"{file}:{name} on \"{text}\"");
        }
    }

    [Fact]
    public void Each_thread_keeps_its_own_copy_until_the_regex_changes()
    {
        var slot = ThreadRegex.NewSlot();
        var (first, second) = (new Regex(Pattern), new Regex(Pattern, RegexOptions.Compiled));
        var mine = ThreadRegex.Local(slot, first);
        Assert.Same(mine, ThreadRegex.Local(slot, first));
        Assert.NotSame(first, mine);
        Regex? theirs = null;
        var other = new Thread(() => theirs = ThreadRegex.Local(slot, first));
        other.Start();
        other.Join();
        Assert.NotNull(theirs);
        Assert.NotSame(mine, theirs);
        var promoted = ThreadRegex.Local(slot, second);
        Assert.NotSame(mine, promoted);
        Assert.Equal(RegexOptions.Compiled, promoted.Options);
    }

    [Fact]
    public void Slots_made_after_a_thread_grew_its_copies_still_get_copies()
    {
        var early = ThreadRegex.NewSlot();
        Assert.Equal("0+14:200/300/troops", Found(ThreadRegex.Local(early, new Regex(Pattern)), "200-300 troops"));
        var late = Enumerable.Range(0, 100).Select(_ => ThreadRegex.NewSlot()).Last();
        Assert.Equal("0+14:200/300/troops", Found(ThreadRegex.Local(late, new Regex(Pattern)), "200-300 troops"));
    }
}
