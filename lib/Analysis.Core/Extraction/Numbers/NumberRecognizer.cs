using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Extraction.Numbers;

/// <summary>
/// Finds counted numbers in text: digits ("1,200", "5.93 mln"), words ("three", "two dozen"), hedged numbers
/// ("approximately 2,000", "at least 1,100", "some 2,000"), ranges ("between 1,000 and 1,500", "1,000-1,500")
/// and vague quantities ("dozens", "thousands", "a small number"). Years, dates, times, ages, money, percents,
/// phone numbers and names ending in a number are left out. Rules: <c>Rules/numbers/</c>. Stateless, thread-safe.
/// </summary>
public sealed class NumberRecognizer
{
    private readonly Regex[] _ranges;
    private readonly Regex _quantity, _vague, _phone;
    private readonly Lexicon _qualifiers = Lexicon.Load("numbers/qualifiers.txt");
    private readonly Lexicon _vagueCounts = Lexicon.Load("numbers/vague.txt");
    private readonly NumberContextFilter _filter = new();
    private static readonly Regex NotCountAfterVague = new(@"\G\s+(?i:times?|of\s+(?:them|those|these|us|you|the))\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private NumberRecognizer()
    {
        var p = PatternLibrary.Load("numbers/patterns.yaml");
        _ranges = [p.Regex("rangeBetween"), p.Regex("rangeFrom"), p.Regex("rangeDash"), p.Regex("rangeTo")];
        _quantity = p.Regex("quantity");
        _vague = p.Regex("vague");
        _phone = p.Regex("phone");
    }

    /// <summary>The shared recognizer.</summary>
    public static NumberRecognizer Default { get; } = new();

    /// <summary>The numbers of <paramref name="text"/>, in text order; offsets are shifted by <paramref name="offset"/>.</summary>
    public IReadOnlyList<NumberMention> Recognize(string text, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NumberMention>();
        var taken = new List<(int Start, int End)>();
        for (var m = _phone.Match(text); m.Success; m = m.NextMatch()) taken.Add((m.Index, m.Index + m.Length));
        // Longest forms first: a range holds two quantities, a hedged quantity holds a vague "some".
        foreach (var regex in (Regex[])[.. _ranges, _quantity, _vague])
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                int start = m.Index, end = m.Index + m.Length;
                if (taken.Exists(t => t.Start < end && start < t.End)) continue;
                if (Read(text, m, Array.IndexOf(_ranges, regex) >= 0, regex == _vague) is not { } mention) continue;
                taken.Add((start, end));
                found.Add(mention with { Start = offset + start, End = offset + end });
            }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private NumberMention? Read(string text, Match m, bool isRange, bool isVague)
    {
        int start = m.Index, end = m.Index + m.Length;
        if (isVague)
        {
            if (NotCountAfterVague.Match(text, end).Success) return null;
            var count = _vagueCounts.ValueOf(Normalize(m.Groups["vague"].Value));
            decimal? low = string.IsNullOrEmpty(count) ? null : decimal.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
            return new NumberMention(m.Value, start, end, low, null, Qualifier.Vague);
        }
        if (isRange)
        {
            var lo = m.Groups["lo"];
            if (!_filter.IsCount(text, start, lo.Index, end, bare: false)) return null;
            if (NumberParser.Parse(lo.Value) is not { } low || NumberParser.Parse(m.Groups["hi"].Value) is not { } high || high <= low) return null;
            if (IsYearPair(lo.Value, m.Groups["hi"].Value)) return null;
            return new NumberMention(m.Value, start, end, low, high, Qualifier.Range);
        }
        var num = m.Groups["num"];
        var qual = m.Groups["qual"];
        var bare = !qual.Success && num.Value.All(char.IsAsciiDigit);
        if (!_filter.IsCount(text, start, num.Index, end, bare)) return null;
        if (NumberParser.Parse(num.Value) is not { } value) return null;
        var qualifier = qual.Success ? ToQualifier(_qualifiers.ValueOf(Normalize(qual.Value)) ?? "") : Qualifier.Exact;
        return qualifier switch
        {
            Qualifier.AtLeast or Qualifier.MoreThan => new NumberMention(m.Value, start, end, value, null, qualifier),
            Qualifier.AtMost or Qualifier.FewerThan => new NumberMention(m.Value, start, end, null, value, qualifier),
            _ => new NumberMention(m.Value, start, end, value, value, qualifier),
        };
    }

    private static bool IsYearPair(string lo, string hi) =>
        lo.Length == 4 && lo.All(char.IsAsciiDigit) && lo[0] is '1' or '2' && hi.All(char.IsAsciiDigit) && hi.Length is 2 or 4;

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The SPEC spelling of a qualifier as a <see cref="Qualifier"/>.</summary>
    internal static Qualifier ToQualifier(string spec) => spec switch
    {
        "approximately" => Qualifier.Approximately,
        "at least" => Qualifier.AtLeast,
        "more than" => Qualifier.MoreThan,
        "at most" => Qualifier.AtMost,
        "fewer than" => Qualifier.FewerThan,
        "range" => Qualifier.Range,
        "vague" => Qualifier.Vague,
        _ => Qualifier.Exact,
    };
}
