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
    private readonly Pattern[] _ranges;
    private readonly Pattern _digitCount, _wordCount, _qualifierBefore, _vague, _phone;
    private readonly Lexicon _qualifiers = Lexicon.Load("numbers/qualifiers.txt");
    private readonly Lexicon _vagueCounts = Lexicon.Load("numbers/vague.txt");
    private readonly NumberContextFilter _filter = new();
    private static readonly SharedRegex NotCountAfterVague = new(new Regex(@"\G\s+(?:(?i:times?|of\s+(?:them|those|these|the))|of\s+(?:us|you))\b", RegexOptions.Compiled | RegexOptions.CultureInvariant));

    private NumberRecognizer()
    {
        var p = PatternLibrary.Load("numbers/patterns.yaml");
        _ranges = [p.Pattern("rangeBetween"), p.Pattern("rangeFrom"), p.Pattern("rangeDash"), p.Pattern("rangeTo"), p.Pattern("rangeToWords")];
        _digitCount = p.Pattern("digitCount");
        _wordCount = p.Pattern("wordCount");
        _qualifierBefore = p.Pattern("qualifierBefore");
        _vague = p.Pattern("vague");
        _phone = p.Pattern("phone");
    }

    /// <summary>The shared recognizer.</summary>
    public static NumberRecognizer Default { get; } = new();

    /// <summary>The numbers of <paramref name="text"/>, in text order; offsets are shifted by <paramref name="offset"/>.</summary>
    public IReadOnlyList<NumberMention> Recognize(string text, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NumberMention>();
        var taken = new List<(int Start, int End)>();
        bool Free(int start, int end)
        {
            foreach (var t in taken)
                if (t.Start < end && start < t.End) return false;
            return true;
        }
        void Add(NumberMention? mention)
        {
            if (mention is null) return;
            taken.Add((mention.Start, mention.End));
            found.Add(offset == 0 ? mention : mention with { Start = offset + mention.Start, End = offset + mention.End });
        }
        _phone.AddSpans(text, taken);
        // Longest forms first: a range holds two quantities, a hedged quantity holds a vague "some".
        foreach (var range in _ranges)
            for (var m = range.Match(text); m.Success; m = range.Next(text, m))
                if (Free(m.Index, m.Index + m.Length)) Add(ReadRange(text, m));
        foreach (var count in Counts(text))
            if (Free(count.Start, count.End)) Add(ReadCount(text, count));
        for (var m = _vague.Match(text); m.Success; m = _vague.Next(text, m))
            if (Free(m.Index, m.Index + m.Length)) Add(ReadVague(text, m));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>A count with the hedge before it, if any: [Start, End) covers both; the number starts at NumberStart.</summary>
    private readonly record struct Count(int Start, int NumberStart, int End, string? Hedge);

    // The counts one left-to-right scan of "hedge? (digits | words)" finds, found faster: digit and word counts
    // come from their own scans (a pattern opening with an optional hedge is tried at every position), merged in
    // text order, each with the hedge that ends right before it unless an earlier count reaches into that hedge.
    private List<Count> Counts(string text)
    {
        var numbers = new List<(int Start, int End)>();
        _digitCount.AddSpans(text, numbers);
        _wordCount.AddSpans(text, numbers);
        numbers.RemoveAll(n => n.Start == n.End);
        numbers.Sort((a, b) => a.Start.CompareTo(b.Start));
        var counts = new List<Count>(numbers.Count);
        var scanned = 0;
        foreach (var (start, end) in numbers)
        {
            if (start < scanned) continue;
            var hedge = HedgeBefore(text, start, scanned);
            counts.Add(new Count(hedge?.Index ?? start, start, end, hedge?.Groups["qual"].Value));
            scanned = end;
        }
        return counts;
    }

    // The hedge is read from the short window that ends at the number, as the other context of a number is, and
    // starts no earlier than `from` (the end of the count before).
    private Match? HedgeBefore(string text, int numberStart, int from)
    {
        var m = _qualifierBefore.MatchBefore(text, numberStart, NumberContextFilter.Window, from);
        return m.Success ? m : null;
    }

    private NumberMention? ReadVague(string text, Match m)
    {
        int start = m.Index, end = m.Index + m.Length;
        if (NotCountAfterVague.Local.IsMatch(text, end)) return null;
        var count = _vagueCounts.ValueOf(Text.Whitespace.Collapse(m.Groups["vague"].Value));
        decimal? low = string.IsNullOrEmpty(count) ? null : decimal.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
        return new NumberMention(m.Value, start, end, low, null, Qualifier.Vague);
    }

    private NumberMention? ReadRange(string text, Match m)
    {
        int start = m.Index, end = m.Index + m.Length;
        var lo = m.Groups["lo"];
        if (!_filter.IsCount(text, start, lo.Index, end, bare: false)) return null;
        if (NumberParser.Parse(lo.Value) is not { } low || NumberParser.Parse(m.Groups["hi"].Value) is not { } high || high <= low) return null;
        if (IsYearPair(lo.Value, m.Groups["hi"].Value)) return null;
        return new NumberMention(m.Value, start, end, low, high, Qualifier.Range);
    }

    private NumberMention? ReadCount(string text, Count count)
    {
        var (start, end) = (count.Start, count.End);
        var bare = count.Hedge is null && !text.AsSpan(count.NumberStart, end - count.NumberStart).ContainsAnyExceptInRange('0', '9');
        if (!_filter.IsCount(text, start, count.NumberStart, end, bare)) return null;
        var written = text[start..end];
        var number = start == count.NumberStart ? written : text[count.NumberStart..end];
        if (NumberParser.Parse(number) is not { } value) return null;
        var qualifier = count.Hedge is { } hedge ? ToQualifier(_qualifiers.ValueOf(Text.Whitespace.Collapse(hedge)) ?? "") : Qualifier.Exact;
        return qualifier switch
        {
            Qualifier.AtLeast or Qualifier.MoreThan => new NumberMention(written, start, end, value, null, qualifier),
            Qualifier.AtMost or Qualifier.FewerThan => new NumberMention(written, start, end, null, value, qualifier),
            _ => new NumberMention(written, start, end, value, value, qualifier),
        };
    }

    private static bool IsYearPair(string lo, string hi) =>
        lo.Length == 4 && lo.All(char.IsAsciiDigit) && lo[0] is '1' or '2' && hi.All(char.IsAsciiDigit) && hi.Length is 2 or 4;

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
