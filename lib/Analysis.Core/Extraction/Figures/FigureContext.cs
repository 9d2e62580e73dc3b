using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Extraction.Figures;

/// <summary>
/// Reads the setting of a figure in its sentence: the casualty verb around it ("killed three", "1,200 people
/// have been killed"), the place ("in Israel"; "in the country" → the country named before), and whose people
/// they are. Patterns: <c>Rules/figures/patterns.yaml</c>. Offsets are relative to the sentence text.
/// </summary>
internal sealed class FigureContext
{
    private const int PlaceWindow = 60;
    private const int TollWindow = 100;
    // The windows before a count that an aside (", including 35 children, and") or a comparison ("up from about") can
    // take: a few words each, so the patterns never read a long sentence prefix per number.
    private const int BreakdownWindow = 60, ComparisonWindow = 30;
    private readonly Pattern _verbBefore, _tollBefore, _breakdownBefore, _comparisonBefore, _verbAfter, _elliptical, _place, _theCountry;
    private readonly Lexicon _active = Lexicon.Load("figures/casualty_active.txt");
    private readonly Lexicon _passive = Lexicon.Load("figures/casualty_verbs.txt");
    private readonly Lexicon _places = Lexicon.Load("figures/places.txt");
    private readonly Lexicon _months = Lexicon.Load("dates/months.txt");
    private readonly Lexicon _weekdays = Lexicon.Load("dates/weekdays.txt");

    private FigureContext()
    {
        var p = PatternLibrary.Load("figures/patterns.yaml");
        _verbBefore = p.Pattern("verbBefore");
        _tollBefore = p.Pattern("tollBefore");
        _breakdownBefore = p.Pattern("breakdownBefore");
        _comparisonBefore = p.Pattern("comparisonBefore");
        _verbAfter = p.Pattern("verbAfter");
        _elliptical = p.Pattern("elliptical");
        _place = p.Pattern("place");
        _theCountry = p.Pattern("theCountry");
    }

    /// <summary>The shared reader.</summary>
    public static FigureContext Default { get; } = new();

    /// <summary>The casualty measure given by a verb or a death toll before the figure ("killed three …", "the death toll rose to 1,400"), or null.</summary>
    public string? MeasureBefore(string text, int start)
    {
        if (start == 0) return null;
        var from = Math.Max(0, start - 40);
        var m = _verbBefore.Match(text, from, start - from);
        if (m.Success) return _active.ValueOf(Normalize(m.Groups["verb"].Value));
        from = Math.Max(0, start - TollWindow);
        return _tollBefore.Match(text, from, start - from).Success ? "killed" : null;
    }

    /// <summary>
    /// The casualty measure of a count that breaks down casualties (", including 35 children"): the casualty verb the
    /// aside follows, else the measure of <paramref name="previous"/>, the casualty figure before it in the sentence; or null.
    /// </summary>
    public string? BreakdownMeasure(string text, int start, Figure? previous)
    {
        var m = _breakdownBefore.MatchBefore(text, start, BreakdownWindow, atSpace: true);
        if (!m.Success) return null;
        if (m.Groups["verb"].Success) return _passive.ValueOf(Normalize(m.Groups["verb"].Value));
        return previous is { Category: FigureCategory.Casualties } ? previous.Measure : null;
    }

    /// <summary>The casualty measure given by a verb after the counted noun ("… have been killed", "… suffered minor injuries"), or null.</summary>
    public string? MeasureAfter(string text, int from)
    {
        var m = _verbAfter.Match(text, from);
        if (!m.Success) return null;
        return m.Groups["injury"].Success ? "wounded" : _passive.ValueOf(Normalize(m.Groups["verb"].Value));
    }

    /// <summary>
    /// True when a count without a noun continues a list ("… and at least 1,100 in Gaza") or is compared with the
    /// figure before it ("…, up from about 34,000 before the attack").
    /// </summary>
    public bool IsElliptical(string text, int start, int end) =>
        _elliptical.IsMatch(text, end) || _comparisonBefore.MatchBefore(text, start, ComparisonWindow, atSpace: true).Success;

    /// <summary>
    /// Where the figure is: the first place after it (within a short window), else the nearest place before it in the
    /// sentence; "in the country" names the last country mentioned before it. Empty when none.
    /// </summary>
    /// <param name="lookBefore">Also look before the figure ("a strike in Jordan which killed three …").</param>
    public string Where(string text, int start, int end, bool lookBefore)
    {
        var after = FirstPlace(text, end, WindowEnd(text, end + PlaceWindow));
        if (after.Length > 0 || !lookBefore) return after;
        return LastPlace(text, 0, start);
    }

    // The window closes after the words it cuts into and the capitalised words right after them, so a place name
    // at its edge is read whole ("at Lancaster House", not "Lancaster Hous").
    private static int WindowEnd(string text, int end)
    {
        if (end >= text.Length) return text.Length;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        while (end + 1 < text.Length && char.IsWhiteSpace(text[end]) && char.IsUpper(text[end + 1]))
            for (end++; end < text.Length && !char.IsWhiteSpace(text[end]);) end++;
        return end;
    }

    private string FirstPlace(string text, int from, int to)
    {
        var country = _theCountry.Match(text, from, to - from);
        for (var m = _place.Match(text, from, to - from); m.Success; m = m.NextMatch())
        {
            if (country.Success && country.Index < m.Index) break;
            if (PlaceName(m.Groups["place"].Value) is { Length: > 0 } name) return name;
        }
        return country.Success ? LastCountry(text, country.Index) : "";
    }

    private string LastPlace(string text, int from, int to)
    {
        var last = "";
        for (var m = _place.Match(text, from, to - from); m.Success; m = m.NextMatch())
            if (PlaceName(m.Groups["place"].Value) is { Length: > 0 } name) last = name;
        return last;
    }

    // The last listed country or region named before "in the country" ("guard Israel’s facilities … in the country").
    private string LastCountry(string text, int before)
    {
        var best = "";
        var bestAt = -1;
        foreach (var term in _places.Terms)
        {
            var i = text.LastIndexOf(term, before, StringComparison.Ordinal);
            if (i > bestAt && (i + term.Length >= text.Length || !char.IsLetter(text[i + term.Length]))) (best, bestAt) = (term, i);
        }
        return best;
    }

    // A capitalised place, dots dropped ("U.S." → "US"); months, weekdays and lone function words are not places.
    private string PlaceName(string raw)
    {
        var words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (_months.Contains(words[^1]) || _weekdays.Contains(words[^1]))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || _months.Contains(words[0]) || _weekdays.Contains(words[0])) return "";
        var last = words[^1];
        if (last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal)) words[^1] = last[..^2];
        return string.Join(' ', words).Replace(".", "", StringComparison.Ordinal); // "U.S" → "US"
    }

    private static string Normalize(string s) => Text.Whitespace.Collapse(s.ToLowerInvariant());
}
