using System.Buffers;

namespace Analysis.Lexicons;

/// <summary>
/// The characters the matches of an anchored pattern start with, read from <c>starts.yaml</c> beside a pattern file
/// (<c>name: '[class]'</c>, a regex character class). A pattern anchored where it is asked (it opens with <c>\G</c>, or
/// with <c>^</c> and is read on a window) is not run where the text there starts with another character: the cue finder
/// tries its subject patterns from each of the words before every reporting verb, and from most of them no name or
/// pronoun can start (Reuters-21578: 190,000 tries of the name for 11,600 names, of which all but two start with a
/// capital); the name finder reads the window after every name for ", Texas". Sound when the claim holds; the tests check
/// it before every reporting verb of every seed, fixture and pattern-test example, and on windows at every position of
/// them.
/// </summary>
internal static class PatternStarts
{
    /// <summary>The rule path of the starts of the pattern file at <paramref name="patternFile"/>.</summary>
    public static string PathFor(string patternFile) => RuleResources.Sibling(patternFile, "starts.yaml");

    /// <summary>
    /// True when a pattern's matches start where it is asked: it opens with <c>\G</c> (the offset a match is asked at), or
    /// with <c>^</c> and has no multi-line mode (the start of the window it reads; Pattern applies the class on windows only).
    /// </summary>
    public static bool IsAnchored(string expanded) =>
        expanded.StartsWith(@"\G", StringComparison.Ordinal)
        || (expanded.StartsWith('^') && !expanded.Contains("(?m", StringComparison.Ordinal));

    /// <summary>The first characters of each pattern named in <paramref name="raw"/>.</summary>
    public static IReadOnlyDictionary<string, SearchValues<char>> Parse(string patternFile, IReadOnlyDictionary<string, string> raw) =>
        raw.ToDictionary(e => e.Key, e => Characters(patternFile, e.Key, e.Value), StringComparer.Ordinal);

    private static SearchValues<char> Characters(string patternFile, string pattern, string value) =>
        CharacterClass.TryMembers(value)
        ?? throw new FormatException($"Start '{value}' for '{pattern}' in {PathFor(patternFile)}: give a character class, such as '[A-Z]'.");
}
