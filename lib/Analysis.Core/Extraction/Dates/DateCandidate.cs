using System.Text.RegularExpressions;

namespace Analysis.Extraction.Dates;

/// <summary>The shape of a temporal expression, which decides how it is resolved.</summary>
internal enum DateKind
{
    Iso,
    MonthDay,
    DayMonth,
    MonthYear,
    MonthAlone,
    YearAlone,
    Weekday,
    RelativeDay,
    RelativeWeek,
    Weekend,
    RelativeMonth,
    RelativeYear,
    Ago,
    Later,
}

/// <summary>A temporal expression found in the text, not yet resolved: its kind, span and the pattern's groups.</summary>
internal sealed record DateCandidate(DateKind Kind, int Start, int End, Match Match)
{
    /// <summary>The text of a named group, or empty when the group did not take part in the match.</summary>
    public string Group(string name)
    {
        var g = Match.Groups[name];
        return g.Success ? g.Value : "";
    }

    /// <summary>Length in UTF-16 units.</summary>
    public int Length => End - Start;
}
