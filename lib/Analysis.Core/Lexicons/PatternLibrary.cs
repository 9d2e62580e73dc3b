using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace Analysis.Lexicons;

/// <summary>
/// Named regular-expression patterns loaded from a YAML rule file (<c>name: pattern</c>),
/// composed by name as Microsoft Recognizers-Text does: <c>{other}</c> inserts another pattern
/// of the same file, <c>{area/file.yaml:name}</c> one from another file, and
/// <c>{list:area/words.txt}</c> a word list as an alternation. Regex quantifiers such as
/// <c>{2}</c> or <c>{1,3}</c> are left alone. Case-insensitivity is the pattern's own
/// choice (<c>(?i)</c>), so the data says how each rule matches.
/// </summary>
public sealed class PatternLibrary
{
    private static readonly ConcurrentDictionary<string, PatternLibrary> Cache = new(StringComparer.Ordinal);
    private static readonly Regex Placeholder = new(@"\{(?<ref>[A-Za-z][\w./:-]*)\}", RegexOptions.Compiled);
    private readonly IReadOnlyDictionary<string, string> _raw;
    private readonly ConcurrentDictionary<string, string> _expanded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Regex> _compiled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Pattern> _patterns = new(StringComparer.Ordinal);
    private readonly PatternTriggers _triggers;
    private readonly IReadOnlyDictionary<string, RegexOptions> _engines;
    private readonly IReadOnlyDictionary<string, Reach> _reach;
    private readonly IReadOnlyDictionary<string, SearchValues<char>> _starts;

    private PatternLibrary(string name, IReadOnlyDictionary<string, string> raw, PatternTriggers triggers,
        IReadOnlyDictionary<string, RegexOptions> engines, IReadOnlyDictionary<string, Reach> reach,
        IReadOnlyDictionary<string, SearchValues<char>> starts)
    {
        _reach = reach;
        _starts = starts;
        Name = name;
        _raw = raw;
        _triggers = triggers;
        _engines = engines;
    }

    /// <summary>The rule path it was loaded from.</summary>
    public string Name { get; }

    /// <summary>The pattern names, in file order.</summary>
    public IEnumerable<string> Names => _raw.Keys;

    /// <summary>Loads (once per process) the YAML patterns at <c>Rules/{path}</c>.</summary>
    /// <remarks>
    /// The triggers of its patterns, if any, are read from <c>triggers.yaml</c> in the same folder, the regex
    /// engines chosen for hot patterns from <c>engines.yaml</c> (<see cref="RegexEngines"/>), and how far matches reach
    /// back before their trigger from <c>reach.yaml</c> (<see cref="PatternReach"/>), and what anchored patterns' matches start
    /// with from <c>starts.yaml</c> (<see cref="PatternStarts"/>).
    /// </remarks>
    public static PatternLibrary Load(string path) => Cache.GetOrAdd(path, p =>
    {
        string? Sibling(string file) => RuleResources.Exists(file) ? RuleResources.ReadText(file) : null;
        return Parse(p, RuleResources.ReadText(p), Sibling(PatternTriggers.PathFor(p)), Sibling(RegexEngines.PathFor(p)),
            Sibling(PatternReach.PathFor(p)), Sibling(PatternStarts.PathFor(p)));
    });

    /// <summary>
    /// Parses YAML pattern text and, optionally, the YAML of its triggers, engines, reach and starts; <paramref name="name"/>
    /// names it in errors.
    /// </summary>
    public static PatternLibrary Parse(string name, string yaml, string? triggersYaml = null, string? enginesYaml = null, string? reachYaml = null,
        string? startsYaml = null)
    {
        var map = ReadMap(yaml);
        var triggers = new PatternTriggers(name, triggersYaml is null ? new Dictionary<string, string>() : ReadMap(triggersYaml));
        foreach (var pattern in triggers.Names)
            if (!map.ContainsKey(pattern))
                throw new KeyNotFoundException($"Trigger for '{pattern}' in {PatternTriggers.PathFor(name)}: no such pattern in {name}.");
        var engines = RegexEngines.Parse(name, enginesYaml is null ? new Dictionary<string, string>() : ReadMap(enginesYaml));
        foreach (var pattern in engines.Keys)
            if (!map.ContainsKey(pattern))
                throw new KeyNotFoundException($"Engine for '{pattern}' in {RegexEngines.PathFor(name)}: no such pattern in {name}.");
        var reach = PatternReach.Parse(name, reachYaml is null ? new Dictionary<string, string>() : ReadMap(reachYaml));
        foreach (var pattern in reach.Keys)
            if (!map.ContainsKey(pattern) || triggers.Of(pattern).Count == 0)
                throw new KeyNotFoundException($"Reach for '{pattern}' in {PatternReach.PathFor(name)}: no such pattern with triggers in {name}.");
        var starts = PatternStarts.Parse(name, startsYaml is null ? new Dictionary<string, string>() : ReadMap(startsYaml));
        var library = new PatternLibrary(name, map, triggers, engines, reach, starts);
        foreach (var pattern in starts.Keys)
            if (!map.ContainsKey(pattern) || !PatternStarts.IsAnchored(library.Expand(pattern)))
                throw new KeyNotFoundException($"Start for '{pattern}' in {PatternStarts.PathFor(name)}: no such pattern anchored with \\G or ^ in {name}.");
        return library;
    }

    private static Dictionary<string, string> ReadMap(string yaml) =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(yaml) ?? new Dictionary<string, string>();

    /// <summary>The pattern text with every reference expanded.</summary>
    /// <exception cref="KeyNotFoundException">The pattern or a pattern it refers to does not exist.</exception>
    /// <exception cref="InvalidOperationException">The pattern refers to itself, directly or not.</exception>
    public string Expand(string pattern) => Expand(pattern, []);

    /// <summary>
    /// Whether every rule regex without an engine in <c>engines.yaml</c> is compiled to IL (<see cref="RegexOptions.Compiled"/>).
    /// Off: compiling all of them cost far more than it saved (4 seeds: 22.7 s compiled vs 1.3 s interpreted), in part
    /// because some patterns backtrack far worse compiled (figures/verbAfter: 143 ms on a Reuters sentence the
    /// interpreter reads in under 1 ms); engines.yaml compiles only the hot patterns, each tested against the
    /// interpreter. Set before the first regex is built (process-wide); <c>ANALYSIS_REGEX=compiled</c> turns it on.
    /// </summary>
    public static bool CompileRegexes { get; set; } =
        string.Equals(Environment.GetEnvironmentVariable("ANALYSIS_REGEX"), "compiled", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The regex of a named pattern (cached; culture-invariant): with the engine <c>engines.yaml</c> gives it, else
    /// interpreted (or compiled per <see cref="CompileRegexes"/>).
    /// </summary>
    public Regex Regex(string pattern) =>
        _compiled.GetOrAdd(pattern, p => new Regex(Expand(p), EngineOf(p) | RegexOptions.CultureInvariant));

    /// <summary>The engine option of a named pattern (<see cref="RegexOptions.None"/>: interpreted).</summary>
    public RegexOptions EngineOf(string pattern) =>
        _engines.TryGetValue(pattern, out var engine) ? engine : CompileRegexes ? RegexOptions.Compiled : RegexOptions.None;

    /// <summary>
    /// The regex of a named pattern with its trigger words (cached), for matching sentences at speed. A pattern whose
    /// engine is compiled runs interpreted until it is hot (<see cref="TieredRegex"/>).
    /// </summary>
    public Pattern Pattern(string pattern) =>
        _patterns.GetOrAdd(pattern, p =>
        {
            // A compiled pattern's interpreted regex is its own (the tiered one); an interpreted one shares Regex(p)'s.
            var (regex, tiered) = (EngineOf(p) & RegexOptions.Compiled) != 0 ? Build(Expand(p), EngineOf(p)) : (Regex(p), null);
            var reach = _reach.TryGetValue(p, out var r) ? r : new Reach(-1, AtWordStart: false);
            return new Pattern(p, regex, tiered, _triggers.Of(p), _triggers.IsCaseSensitive(p), reach.Words,
                reach.AtWordStart ? Build(@"\G(?:" + Expand(p) + ")", EngineOf(p)) : null, _starts.GetValueOrDefault(p));
        });

    // A culture-invariant regex with an engine: tiered when compiled (interpreted until hot).
    private static (Regex Regex, TieredRegex? Tiered) Build(string expanded, RegexOptions engine)
    {
        var options = engine | RegexOptions.CultureInvariant;
        if ((options & RegexOptions.Compiled) == 0) return (new Regex(expanded, options), null);
        var tiered = new TieredRegex(expanded, options);
        return (tiered.Current, tiered);
    }

    /// <summary>The characters starts.yaml says the matches of a named anchored pattern start with; null when it says none.</summary>
    internal SearchValues<char>? StartsOf(string pattern) => _starts.GetValueOrDefault(pattern);

    /// <summary>How many words the matches of a named pattern reach back before their first trigger word; -1 when not given.</summary>
    public int ReachOf(string pattern) => _reach.TryGetValue(pattern, out var reach) ? reach.Words : -1;

    /// <summary>Whether reach.yaml says every match of a named pattern starts where a word starts.</summary>
    public bool StartsAtWordStart(string pattern) => _reach.TryGetValue(pattern, out var reach) && reach.AtWordStart;

    /// <summary>The trigger words of a named pattern (empty when it has none).</summary>
    public IReadOnlyList<string> TriggersOf(string pattern) => _triggers.Of(pattern);

    /// <summary>Whether the trigger words of a named pattern count only as written.</summary>
    public bool TriggersAreCaseSensitive(string pattern) => _triggers.IsCaseSensitive(pattern);

    private string Expand(string pattern, HashSet<string> visiting)
    {
        if (_expanded.TryGetValue(pattern, out var done)) return done;
        if (!_raw.TryGetValue(pattern, out var raw))
            throw new KeyNotFoundException($"Pattern '{pattern}' is not defined in {Name}.");
        if (!visiting.Add(pattern))
            throw new InvalidOperationException($"Pattern '{pattern}' in {Name} refers to itself.");
        var text = Placeholder.Replace(raw, m => Resolve(m.Groups["ref"].Value, visiting));
        visiting.Remove(pattern);
        return _expanded[pattern] = text;
    }

    private string Resolve(string reference, HashSet<string> visiting)
    {
        if (reference.StartsWith("list:", StringComparison.Ordinal))
            return Lexicon.Load(reference["list:".Length..]).ToAlternation();
        var colon = reference.IndexOf(':');
        if (colon > 0)
            return Load(reference[..colon]).Expand(reference[(colon + 1)..]);
        return "(?:" + Expand(reference, visiting) + ")";
    }
}
