using System.Globalization;

namespace Analysis.Lexicons;

/// <summary>
/// How far the matches of a triggered pattern reach back before their trigger word, read from <c>reach.yaml</c>
/// beside a pattern file (<c>name: words</c>): no match starts more than that many words (runs of non-space
/// characters) before the word holding its first trigger word. A pattern with a reach reads a text from that many words
/// before the text's first trigger word instead of from its start, which skips most of a sentence that names a month
/// near its end. Sound when the claim holds; the tests check it on every seed, fixture and pattern-test example.
/// </summary>
internal static class PatternReach
{
    /// <summary>The rule path of the reach of the pattern file at <paramref name="patternFile"/>.</summary>
    public static string PathFor(string patternFile) => RuleResources.Sibling(patternFile, "reach.yaml");

    /// <summary>The reach of each pattern named in <paramref name="raw"/>.</summary>
    /// <exception cref="FormatException">A reach is not a whole number of words, 0 or more.</exception>
    public static IReadOnlyDictionary<string, int> Parse(string patternFile, IReadOnlyDictionary<string, string> raw) =>
        raw.ToDictionary(e => e.Key, e => int.TryParse(e.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var words)
            ? words
            : throw new FormatException($"Reach '{e.Value}' for '{e.Key}' in {PathFor(patternFile)}: give a number of words (0 or more)."),
            StringComparer.Ordinal);

    /// <summary>
    /// Where reading may start for a match whose first trigger word is at <paramref name="trigger"/>: the start of the
    /// word (run of non-space characters) holding it, moved back <paramref name="words"/> more words.
    /// </summary>
    public static int StartBefore(ReadOnlySpan<char> text, int trigger, int words)
    {
        var at = trigger;
        while (at > 0 && !char.IsWhiteSpace(text[at - 1])) at--;
        for (var k = 0; k < words && at > 0; k++)
        {
            while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--;
            while (at > 0 && !char.IsWhiteSpace(text[at - 1])) at--;
        }
        return at;
    }
}
