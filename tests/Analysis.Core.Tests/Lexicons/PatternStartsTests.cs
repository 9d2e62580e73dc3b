using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// Pattern starts (<c>starts.yaml</c>): an anchored pattern is not run where the text starts with a character its
/// matches never start with; the syntax and its errors, and soundness before the reporting verbs of every seed,
/// fixture and pattern-test example.
/// </summary>
public sealed class PatternStartsTests
{
    [Theory]
    [InlineData("[A-Z]", "xfoo", "")]       // "f" cannot start a match: not run
    [InlineData("[a-z]", "xfoo", "foo")]
    [InlineData("[fF]", "xfoo", "foo")]
    public void An_anchored_pattern_runs_only_where_its_matches_may_start(string starts, string text, string expected)
    {
        var library = PatternLibrary.Parse("t/patterns.yaml", "p: '\\Gfoo'", startsYaml: $"p: '{starts}'");
        Assert.Equal(expected, library.Pattern("p").Match(text, 1, text.Length - 1).Value);
    }

    [Theory]
    [InlineData("[,]", "Austin, Texas", 6, true)]
    [InlineData("[,]", "Austin Texas", 6, false)]   // " " cannot start a match: not run
    [InlineData("[ ]", "Austin, Texas", 6, false)]   // a wrong class is not run either: the tests below check the classes
    public void A_pattern_anchored_at_its_window_runs_only_where_its_matches_may_start(string starts, string text, int at, bool expected)
    {
        var pattern = PatternLibrary.Parse("t/patterns.yaml", "p: '^,?\\s+Texas'", startsYaml: $"p: '{starts}'").Pattern("p");
        Assert.Equal(expected, pattern.IsMatch(text.AsSpan(at)));
        Assert.Equal(expected, pattern.Match(text, at, text.Length - at).Success);
    }

    [Theory]
    [InlineData("p: 'A-Z'", "Start 'A-Z' for 'p' in t/starts.yaml: give a character class")]
    [InlineData("p: '[A-Z'", "Start '[A-Z' for 'p' in t/starts.yaml: give a character class")]
    [InlineData("q: '[A-Z]'", "Start for 'q' in t/starts.yaml: no such pattern anchored with \\G or ^")]
    [InlineData("u: '[A-Z]'", "Start for 'u' in t/starts.yaml: no such pattern anchored with \\G or ^")] // not anchored
    [InlineData("m: '[A-Z]'", "Start for 'm' in t/starts.yaml: no such pattern anchored with \\G or ^")] // ^ of every line
    public void Bad_starts_are_named_in_the_error(string starts, string message)
    {
        var error = Record.Exception(() => PatternLibrary.Parse("t/patterns.yaml", "p: '\\Gfoo'\nu: 'foo'\nm: '^(?m)foo'", startsYaml: starts));
        Assert.NotNull(error);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> WithStarts => RuleTexts.Patterns((library, name) => library.StartsOf(name) is not null
        && library.Expand(name).StartsWith(@"\G", StringComparison.Ordinal));

    public static TheoryData<string, string> AtWindowStarts => RuleTexts.Patterns((library, name) => library.StartsOf(name) is not null
        && library.Expand(name).StartsWith('^'));

    // Where the name finder runs them: on the 80 characters after a position, here every position of every rule text.
    [Theory]
    [MemberData(nameof(AtWindowStarts))]
    public void A_window_match_never_starts_with_a_character_its_class_leaves_out(string file, string pattern)
    {
        var (found, skipped) = Tries(file, pattern, text => Enumerable.Range(0, text.Length).Select(at => (at, Math.Min(80, text.Length - at))));
        Assert.True(found > 0 && skipped > 100 * found, $"{found} matches, {skipped} skipped starts");
    }

    // Where the cue finder runs them: from every position of the 120 characters before each reporting verb of every
    // rule text, to the verb. A character the class leaves out never starts a match there.
    [Theory]
    [MemberData(nameof(WithStarts))]
    public void A_match_never_starts_with_a_character_its_class_leaves_out(string file, string pattern)
    {
        var (found, skipped) = Tries(file, pattern, text => Regex.Matches(text, @" (?:said|says|told|added)\b")
            .SelectMany(verb => Enumerable.Range(Math.Max(0, verb.Index - 120), Math.Min(120, verb.Index)).Select(at => (at, verb.Index + 1 - at))));
        Assert.True(found > 20 && skipped > 10 * found, $"{found} matches, {skipped} skipped starts");
    }

    // Runs the pattern on the windows (start, length) of every rule text: a window whose first character the class
    // leaves out has no match (asserted); returns the matches in the others and the windows skipped.
    private static (int Found, int Skipped) Tries(string file, string pattern, Func<string, IEnumerable<(int At, int Length)>> windows)
    {
        var library = PatternLibrary.Load(file);
        var (regex, starts) = (library.Regex(pattern), library.StartsOf(pattern)!);
        var (found, skipped) = (0, 0);
        foreach (var text in RuleTexts.All)
            foreach (var (at, length) in windows(text))
            {
                var m = regex.Match(text, at, length);
                if (starts.Contains(text[at])) { if (m.Success) found++; continue; }
                Assert.False(m.Success, $"{file}: {pattern} matches '{m.Value}', which its class leaves out");
                skipped++;
            }
        return (found, skipped);
    }
}
