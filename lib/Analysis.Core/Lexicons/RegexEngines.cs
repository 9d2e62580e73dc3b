using System.Text.RegularExpressions;

namespace Analysis.Lexicons;

/// <summary>
/// The regex engine of a pattern file's hot patterns, read from <c>engines.yaml</c> beside it (<c>name: engine</c>).
/// Rule regexes are interpreted by default: building one costs next to nothing, and most run rarely (behind a
/// trigger) or on short windows. <c>compiled</c> (IL; any construct) runs 3-10x faster but costs 5-230 ms of JIT at
/// its first match (most for big word alternations), so a pattern is compiled only where the time it saves on the
/// 19,043 Reuters-21578 articles (its interpreted time in the pipeline x the speed-up measured on the same
/// sentences) is well above that cost; rare or window-short patterns (force-led statement cues, name cues) stay interpreted.
/// A compiled pattern still runs interpreted until it is hot, and is compiled beside the extraction (<see cref="TieredRegex"/>).
/// <c>nonBacktracking</c> (a DFA, linear in the text, no lookarounds) suits a big word alternation read on every
/// sentence. Either finds the same matches as the interpreter; the tests check that on every seed, fixture and example.
/// An engine followed by <c>rightToLeft</c> reads backwards from the end of its input: for a pattern that ends at the
/// end of the window it is read in (<c>$</c>, through <see cref="Pattern.MatchBefore"/> only), it tries that one end
/// instead of every start in the window, and is allowed only where it finds the match and groups the interpreter
/// finds forwards (tested on the windows that end at many offsets of every seed, fixture and example).
/// </summary>
internal static class RegexEngines
{
    /// <summary>The rule path of the engines of the pattern file at <paramref name="patternFile"/>.</summary>
    public static string PathFor(string patternFile) => RuleResources.Sibling(patternFile, "engines.yaml");

    /// <summary>The engine option of each pattern named in <paramref name="raw"/>.</summary>
    /// <exception cref="FormatException">An engine is not one of interpreted, compiled, nonBacktracking, optionally followed by rightToLeft (not with nonBacktracking).</exception>
    public static IReadOnlyDictionary<string, RegexOptions> Parse(string patternFile, IReadOnlyDictionary<string, string> raw) =>
        raw.ToDictionary(e => e.Key, e => e.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
        {
            [var engine] => Engine(engine) ?? throw Error(patternFile, e.Key, e.Value),
            [var engine, "rightToLeft"] when Engine(engine) is { } options && options != RegexOptions.NonBacktracking => options | RegexOptions.RightToLeft,
            _ => throw Error(patternFile, e.Key, e.Value),
        }, StringComparer.Ordinal);

    private static RegexOptions? Engine(string name) => name switch
    {
        "interpreted" => RegexOptions.None,
        "compiled" => RegexOptions.Compiled,
        "nonBacktracking" => RegexOptions.NonBacktracking,
        _ => null,
    };

    private static FormatException Error(string patternFile, string pattern, string engine) => new(
        $"Engine '{engine.Trim()}' for '{pattern}' in {PathFor(patternFile)}: use interpreted, compiled or nonBacktracking, optionally followed by rightToLeft (not nonBacktracking).");
}
