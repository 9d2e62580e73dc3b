using System.Globalization;

namespace Analysis.Lexicons;

/// <summary>
/// How far the matches of a triggered pattern reach back before their trigger word, read from <c>reach.yaml</c>
/// beside a pattern file (<c>name: words</c>): no match starts more than that many words (runs of non-space
/// characters) before the word holding its first trigger word. A pattern with a reach reads a text from that many words
/// before the text's first trigger word instead of from its start, which skips most of a sentence that names a month
/// near its end. A reach may add that every match starts where a word starts (<c>N, at a word start</c>): then only the
/// word starts of that reach before each trigger word are tried, each by the regex anchored there, instead of every
/// position from there to the end of the sentence, which is where the time went when a month named no date.
/// Sound when the claims hold; the tests check them on every seed, fixture and pattern-test example.
/// </summary>
internal static class PatternReach
{
    /// <summary>The rule path of the reach of the pattern file at <paramref name="patternFile"/>.</summary>
    public static string PathFor(string patternFile) => RuleResources.Sibling(patternFile, "reach.yaml");

    /// <summary>The reach of each pattern named in <paramref name="raw"/>: <c>N</c>, or <c>N, at a word start</c>.</summary>
    public static IReadOnlyDictionary<string, Reach> Parse(string patternFile, IReadOnlyDictionary<string, string> raw) =>
        raw.ToDictionary(e => e.Key, e => e.Value.Split(',', 2, StringSplitOptions.TrimEntries) switch
        {
            [var n] when Words(n) is { } words => new Reach(words, AtWordStart: false),
            [var n, AtWordStartClaim] when Words(n) is { } words => new Reach(words, AtWordStart: true),
            _ => throw new FormatException($"Reach '{e.Value}' for '{e.Key}' in {PathFor(patternFile)}: give a number of words (0 or more), optionally followed by ', {AtWordStartClaim}'."),
        }, StringComparer.Ordinal);

    private const string AtWordStartClaim = "at a word start";

    private static int? Words(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var words) ? words : null;

    /// <summary>True where a word starts: a letter or digit with none before it.</summary>
    public static bool IsWordStart(ReadOnlySpan<char> text, int at) =>
        char.IsLetterOrDigit(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1]));

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

/// <summary>How far a pattern's matches reach back before their first trigger word, and whether they start at a word start.</summary>
internal readonly record struct Reach(int Words, bool AtWordStart);
