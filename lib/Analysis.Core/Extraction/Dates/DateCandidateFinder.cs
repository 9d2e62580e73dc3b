using Analysis.Lexicons;

namespace Analysis.Extraction.Dates;

/// <summary>
/// Finds temporal expressions in a sentence with the named patterns of <c>Rules/dates/patterns.yaml</c>,
/// one pattern per <see cref="DateKind"/>. Where candidates overlap, the longest wins ("in late October 2023"
/// over "in late October"), ties going to the earlier rule.
/// </summary>
internal sealed class DateCandidateFinder
{
    private readonly (DateKind Kind, Pattern Regex)[] _rules;

    private DateCandidateFinder()
    {
        var p = PatternLibrary.Load("dates/patterns.yaml");
        _rules =
        [
            (DateKind.Iso, p.Pattern("isoDate")),
            (DateKind.MonthDay, p.Pattern("monthDay")),
            (DateKind.DayMonth, p.Pattern("dayMonth")),
            (DateKind.MonthYear, p.Pattern("monthYear")),
            (DateKind.MonthAlone, p.Pattern("monthAlone")),
            (DateKind.YearAlone, p.Pattern("yearAlone")),
            (DateKind.Weekday, p.Pattern("weekdayExpr")),
            (DateKind.RelativeDay, p.Pattern("relativeDay")),
            (DateKind.RelativeWeek, p.Pattern("relativeWeek")),
            (DateKind.Weekend, p.Pattern("weekend")),
            (DateKind.RelativeMonth, p.Pattern("relativeMonth")),
            (DateKind.RelativeYear, p.Pattern("relativeYear")),
            (DateKind.Ago, p.Pattern("ago")),
            (DateKind.Later, p.Pattern("later")),
        ];
    }

    /// <summary>The shared finder (patterns compiled once; stateless, thread-safe).</summary>
    public static DateCandidateFinder Default { get; } = new();

    /// <summary>The non-overlapping candidates of <paramref name="text"/> (which starts at <paramref name="offset"/>), in text order.</summary>
    public List<DateCandidate> Find(string text, int offset)
    {
        var all = new List<(DateCandidate Candidate, int Rule)>();
        for (var r = 0; r < _rules.Length; r++)
            for (var m = _rules[r].Regex.Match(text); m.Success; m = _rules[r].Regex.Next(text, m))
                if (m.Length > 0)
                    all.Add((new DateCandidate(_rules[r].Kind, offset + m.Index, offset + m.Index + m.Length, m), r));
        if (all.Count == 0) return [];

        all.Sort((a, b) => a.Candidate.Length != b.Candidate.Length
            ? b.Candidate.Length.CompareTo(a.Candidate.Length)
            : a.Rule.CompareTo(b.Rule));
        var kept = new List<DateCandidate>();
        foreach (var (candidate, _) in all)
            if (!kept.Exists(k => k.Start < candidate.End && candidate.Start < k.End))
                kept.Add(candidate);
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
