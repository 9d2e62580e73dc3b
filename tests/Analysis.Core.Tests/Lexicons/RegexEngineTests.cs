using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// engines.yaml: the syntax (with the file named in errors), and that every pattern given another engine finds the
/// same matches and groups as the interpreter on every seed, fixture and example text, within a time limit
/// (a compiled regex that loops would otherwise only show as a hung extraction).
/// </summary>
public sealed class RegexEngineTests
{
    private const string Patterns = "a: '\\b(?:last|next)\\s+week\\b'\nb: '(?<=x)y'\n";

    [Theory]
    [InlineData("a: compiled", "a", RegexOptions.Compiled)]
    [InlineData("a: nonBacktracking", "a", RegexOptions.NonBacktracking)]
    [InlineData("a: interpreted", "a", RegexOptions.None)]
    [InlineData("a: compiled", "b", RegexOptions.None)]
    [InlineData("a: compiled rightToLeft", "a", RegexOptions.Compiled | RegexOptions.RightToLeft)]
    [InlineData("a: interpreted rightToLeft", "a", RegexOptions.RightToLeft)]
    public void The_engine_is_the_one_named(string engines, string name, RegexOptions expected)
    {
        var library = PatternLibrary.Parse("t/patterns.yaml", Patterns, enginesYaml: engines);
        Assert.Equal(expected, library.EngineOf(name));
        Assert.Equal(expected, library.Regex(name).Options & (RegexOptions.Compiled | RegexOptions.NonBacktracking | RegexOptions.RightToLeft));
    }

    [Theory]
    [InlineData("a: jit", "use interpreted, compiled or nonBacktracking")]
    [InlineData("a: compiled backwards", "optionally followed by rightToLeft")]
    [InlineData("a: nonBacktracking rightToLeft", "optionally followed by rightToLeft")]
    [InlineData("a: rightToLeft", "use interpreted, compiled or nonBacktracking")]
    [InlineData("zzz: compiled", "no such pattern")]
    public void Bad_engines_are_named_in_the_error(string engines, string message)
    {
        var error = Record.Exception(() => PatternLibrary.Parse("t/patterns.yaml", Patterns, enginesYaml: engines));
        Assert.NotNull(error);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("t/engines.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_to_left_pattern_answers_in_windows_only()
    {
        var library = PatternLibrary.Parse("t/patterns.yaml", "before: '\\b[A-Z]\\w*\\s+$'\n", enginesYaml: "before: interpreted rightToLeft");
        var pattern = library.Pattern("before");
        const string text = "shipped on Highway 1 today";
        var m = pattern.MatchBefore(text, text.IndexOf('1', StringComparison.Ordinal), 40);
        Assert.Equal((true, "Highway "), (m.Success, m.Value));
        Assert.False(pattern.MatchBefore(text, text.IndexOf('t', 20), 40).Success);
        Assert.Throws<InvalidOperationException>(() => pattern.Match(text));
        Assert.Throws<InvalidOperationException>(() => pattern.IsMatch(text, 3));
    }

    public static TheoryData<string, string> PatternsWithAnEngine() =>
        RuleTexts.Patterns((library, name) => library.EngineOf(name) != RegexOptions.None);

    [Fact]
    public void Some_hot_patterns_have_an_engine() => Assert.True(PatternsWithAnEngine().Count() >= 5);

    [Theory]
    [MemberData(nameof(PatternsWithAnEngine))]
    public void An_engine_finds_what_the_interpreter_finds(string file, string name)
    {
        var library = PatternLibrary.Load(file);
        var limit = TimeSpan.FromSeconds(5);
        var engine = new Regex(library.Expand(name), library.EngineOf(name) | RegexOptions.CultureInvariant, limit);
        var interpreter = new Regex(library.Expand(name), RegexOptions.CultureInvariant, limit);
        var names = interpreter.GetGroupNames();
        // A right-to-left pattern is read only in the window that ends where it ends (Pattern.MatchBefore).
        var windowsOnly = (engine.Options & RegexOptions.RightToLeft) != 0;
        var matches = 0;
        foreach (var text in RuleTexts.All)
            // Start offsets across the text, as the extractors call Match(text, startat) on \G and window patterns.
            for (var at = 0; at <= text.Length; at += Math.Max(1, text.Length / 64))
            {
                var expected = windowsOnly ? Match.Empty : interpreter.Match(text, at);
                if (!windowsOnly) Assert.Equal(Describe(expected, names), Describe(engine.Match(text, at), names));
                // And on the window that ends there, as the "…Before" patterns ($) are called.
                var window = interpreter.Match(text, 0, at);
                Assert.Equal(Describe(window, names), Describe(engine.Match(text, 0, at), names));
                if (expected.Success || window.Success) matches++;
            }
        Assert.True(matches > 0, $"{file}:{name}: no text matches it, so its engine is untested");
    }

    private static string Describe(Match m, string[] groups) =>
        !m.Success ? "no match" : string.Join(" ", groups.Select(g => m.Groups[g] is { Success: true } x ? $"{g}@{x.Index}+{x.Length}" : $"{g}:-"));
}
