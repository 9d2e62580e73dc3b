using System.Globalization;
using Analysis.Lexicons;

namespace Analysis.Extraction.Dates;

/// <summary>
/// Resolves a <see cref="DateCandidate"/> against the publication date. Expressions without a year (a weekday,
/// "October 7", "In November") take the latest such day or month on or before publication, or the next one when
/// the clause is about the future; "a year later" counts from the previous expression of the article.
/// </summary>
internal static class DateResolver
{
    private static readonly Lexicon Months = Lexicon.Load("dates/months.txt");
    private static readonly Lexicon Weekdays = Lexicon.Load("dates/weekdays.txt");
    private static readonly Lexicon Counts = Lexicon.Load("dates/numbers.txt");

    /// <summary>The resolved value, or null when the expression cannot be resolved (no publication date, invalid day).</summary>
    public static ResolvedDate? Resolve(DateCandidate c, DateOnly? published, bool future, ResolvedDate? previous) => c.Kind switch
    {
        DateKind.Iso => DayOf(Int(c.Group("year")), Int(c.Group("mon")), Int(c.Group("day"))) is { } d ? ResolvedDate.Day(d) : null,
        DateKind.MonthDay or DateKind.DayMonth => MonthDay(c, published, future),
        DateKind.MonthYear => ResolvedDate.Month(Int(c.Group("year")), MonthOf(c)),
        DateKind.MonthAlone => published is { } p ? MonthAlone(c, p, future) : null,
        DateKind.YearAlone => ResolvedDate.Year(Int(c.Group("year"))),
        DateKind.Weekday => published is { } p ? Weekday(c, p, future) : null,
        DateKind.RelativeDay => published is { } p ? RelativeDay(c.Group("rel"), p) : null,
        DateKind.RelativeWeek => published is { } p ? RelativeWeek(Rel(c), p) : null,
        DateKind.Weekend => published is { } p ? Weekend(Rel(c), p, future) : null,
        DateKind.RelativeMonth => published is { } p ? ResolvedDate.Month(p.AddMonths(Step(Rel(c)))) : null,
        DateKind.RelativeYear => published is { } p ? ResolvedDate.Year(p.Year + Step(Rel(c))) : null,
        DateKind.Ago => published is { } p ? Shift(p, c, -1) : null,
        DateKind.Later => previous is { } prev && IsFineEnough(prev.Granularity, c.Group("unit"))
            ? Shift(prev.First, c, Rel(c, "dir") is "later" or "after" or "following" or "next" ? 1 : -1) : null,
        _ => null,
    };

    private static ResolvedDate? MonthDay(DateCandidate c, DateOnly? published, bool future)
    {
        int month = MonthOf(c), day = Int(c.Group("day"));
        if (c.Group("year").Length > 0)
            return DayOf(Int(c.Group("year")), month, day) is { } d ? ResolvedDate.Day(d) : null;
        if (published is not { } p || DayOf(p.Year, month, day) is not { } guess) return null;
        // The latest such day on or before publication, or the next one for the future.
        if (!future && guess > p) guess = DayOf(p.Year - 1, month, day) ?? guess;
        else if (future && guess < p) guess = DayOf(p.Year + 1, month, day) ?? guess;
        return ResolvedDate.Day(guess);
    }

    private static ResolvedDate MonthAlone(DateCandidate c, DateOnly p, bool future)
    {
        var month = MonthOf(c);
        var year = Rel(c) switch
        {
            "last" => month < p.Month ? p.Year : p.Year - 1,
            "next" => month > p.Month ? p.Year : p.Year + 1,
            "this" => p.Year,
            _ when future => month >= p.Month ? p.Year : p.Year + 1,
            _ => month <= p.Month ? p.Year : p.Year - 1,
        };
        return ResolvedDate.Month(year, month);
    }

    private static ResolvedDate Weekday(DateCandidate c, DateOnly p, bool future)
    {
        var wanted = Int(Weekdays.ValueOf(c.Group("weekday")) ?? "1") % 7; // DayOfWeek: Sunday = 0
        var back = ((int)p.DayOfWeek - wanted + 7) % 7;      // days back to the latest such day (0 = today)
        var ahead = (wanted - (int)p.DayOfWeek + 7) % 7;     // days ahead to the next such day (0 = today)
        return ResolvedDate.Day(Rel(c) switch
        {
            "last" => p.AddDays(back == 0 ? -7 : -back),
            "next" => p.AddDays(ahead == 0 ? 7 : ahead),
            _ when future => p.AddDays(ahead),
            _ => p.AddDays(-back),
        });
    }

    private static ResolvedDate? RelativeDay(string rel, DateOnly p)
    {
        var word = rel.ToLowerInvariant();
        if (word.StartsWith("yesterday", StringComparison.Ordinal) || word.StartsWith("last", StringComparison.Ordinal))
            return ResolvedDate.Day(p.AddDays(-1));
        return ResolvedDate.Day(word == "tomorrow" ? p.AddDays(1) : p);
    }

    private static ResolvedDate RelativeWeek(string rel, DateOnly p) => rel switch
    {
        // "the past week": the seven days up to publication, not a calendar week.
        "past" => ResolvedDate.Span(p.AddDays(-6), p),
        _ => ResolvedDate.Week(p.AddDays(7 * Step(rel))),
    };

    private static ResolvedDate Weekend(string rel, DateOnly p, bool future)
    {
        var onWeekend = p.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var thisSaturday = p.DayOfWeek == DayOfWeek.Sunday ? p.AddDays(-1) : p.AddDays(DayOfWeek.Saturday - p.DayOfWeek);
        var upcoming = rel is "this" or "next" || (future && rel is not ("last" or "the past"));
        DateOnly saturday;
        if (upcoming) saturday = rel == "next" && onWeekend ? thisSaturday.AddDays(7) : thisSaturday;
        // The past weekend: the one just ended, or the current one when published on its Sunday.
        else saturday = p.DayOfWeek == DayOfWeek.Sunday ? thisSaturday : thisSaturday.AddDays(-7);
        return ResolvedDate.Span(saturday, saturday.AddDays(1));
    }

    // "Two days later" counts from a day (or a span of days), not from "2014": a coarser anchor has no day to count from.
    private static bool IsFineEnough(Granularity anchor, string unit) => unit.ToLowerInvariant() switch
    {
        "day" or "week" => anchor is Granularity.Day or Granularity.Span,
        "month" => anchor is not Granularity.Year,
        _ => true,
    };

    private static ResolvedDate? Shift(DateOnly from, DateCandidate c, int sign)
    {
        var n = Count(c.Group("n")) * sign;
        return c.Group("unit").ToLowerInvariant() switch
        {
            "day" => ResolvedDate.Day(from.AddDays(n)),
            "week" => ResolvedDate.Week(from.AddDays(7 * n)),
            "month" => ResolvedDate.Month(from.AddMonths(n)),
            "year" => ResolvedDate.Year(from.Year + n),
            _ => null,
        };
    }

    /// <summary>-1 for last/previous/past, +1 for next/coming, 0 for this.</summary>
    private static int Step(string rel) => rel switch
    {
        "last" or "previous" or "past" => -1,
        "next" or "coming" => 1,
        _ => 0,
    };

    private static string Rel(DateCandidate c, string group = "rel") =>
        Text.Whitespace.Collapse(c.Group(group).ToLowerInvariant());

    private static int MonthOf(DateCandidate c) => Int(Months.ValueOf(c.Group("month")) ?? "0");

    private static int Count(string n) =>
        int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : Int(Counts.ValueOf(n) ?? "1");

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? DayOf(int year, int month, int day) =>
        month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
