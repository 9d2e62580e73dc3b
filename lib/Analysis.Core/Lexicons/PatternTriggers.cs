namespace Analysis.Lexicons;

/// <summary>
/// The trigger words of a pattern file's patterns, read from <c>triggers.yaml</c> beside it
/// (<c>name: 'word|word|{list:area/words.txt}|{other}'</c>): literal words; every term of a word list (a term
/// of several words gives its longest word, since the regex lets any whitespace part them); or <c>{other}</c>,
/// the triggers of another pattern of the same file. A value that opens with <c>(?-i)</c> matches its words only as
/// written (month names: "May", not "may"). A trigger is sound when every match of the pattern contains one of
/// its words where a word begins; the tests check that on every seed, fixture and pattern-test example.
/// </summary>
internal sealed class PatternTriggers
{
    private readonly string _file;
    private readonly IReadOnlyDictionary<string, string> _raw;
    private readonly Dictionary<string, IReadOnlyList<string>> _resolved = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public PatternTriggers(string file, IReadOnlyDictionary<string, string> raw)
    {
        _file = file;
        _raw = raw;
    }

    /// <summary>The rule path of the triggers of the pattern file at <paramref name="patternFile"/>.</summary>
    public static string PathFor(string patternFile) => RuleResources.Sibling(patternFile, "triggers.yaml");

    /// <summary>The patterns that have triggers.</summary>
    public IEnumerable<string> Names => _raw.Keys;

    private const string CaseSensitiveFlag = "(?-i)";

    /// <summary>True when the trigger of <paramref name="pattern"/> matches its words only as written.</summary>
    public bool IsCaseSensitive(string pattern) =>
        _raw.TryGetValue(pattern, out var raw) && raw.TrimStart().StartsWith(CaseSensitiveFlag, StringComparison.Ordinal);

    /// <summary>The trigger words of <paramref name="pattern"/>; empty when it has none.</summary>
    public IReadOnlyList<string> Of(string pattern)
    {
        lock (_gate) return Resolve(pattern, []);
    }

    private IReadOnlyList<string> Resolve(string pattern, HashSet<string> visiting)
    {
        if (_resolved.TryGetValue(pattern, out var done)) return done;
        if (!_raw.TryGetValue(pattern, out var raw)) return [];
        if (!visiting.Add(pattern))
            throw new InvalidOperationException($"Trigger of '{pattern}' in {PathFor(_file)} refers to itself.");
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var items = raw.TrimStart();
        if (items.StartsWith(CaseSensitiveFlag, StringComparison.Ordinal)) items = items[CaseSensitiveFlag.Length..];
        foreach (var item in items.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            words.UnionWith(Words(item, visiting));
        visiting.Remove(pattern);
        if (words.Count == 0) throw new InvalidOperationException($"Trigger of '{pattern}' in {PathFor(_file)} has no words.");
        return _resolved[pattern] = words.ToArray();
    }

    private IEnumerable<string> Words(string item, HashSet<string> visiting)
    {
        if (item.StartsWith("{list:", StringComparison.Ordinal) && item.EndsWith('}'))
            return Lexicon.Load(item["{list:".Length..^1]).Terms.Select(LongestWord);
        if (item.StartsWith('{') && item.EndsWith('}'))
        {
            var other = item[1..^1];
            if (!_raw.ContainsKey(other))
                throw new KeyNotFoundException($"Trigger '{item}' in {PathFor(_file)}: '{other}' has no trigger.");
            return Resolve(other, visiting);
        }
        if (item.Any(char.IsWhiteSpace) || item.Contains('{') || item.Contains('}'))
            throw new FormatException($"Trigger word '{item}' in {PathFor(_file)} must be one literal word.");
        return [item];
    }

    private static string LongestWord(string term) =>
        term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length) ?? term;
}
