namespace Analysis.Extraction;

/// <summary>A mention of a person: one row of <c>mentions.csv</c>.</summary>
/// <param name="Person">Canonical full name ("Joe Biden").</param>
/// <param name="Surface">The text as written ("Biden").</param>
/// <param name="Kind">A name, or a title/role reference resolved to a person.</param>
public sealed record Mention(string Person, string Surface, MentionKind Kind, int Start, int End, int Sentence);

/// <summary>How a person is referred to.</summary>
public enum MentionKind
{
    /// <summary>By name: full name, surname, attributive or possessive use.</summary>
    Name,
    /// <summary>By title or role alone ("the president"), resolved to a person.</summary>
    Title,
}

/// <summary>A quoted passage and who said it: one row of <c>quotes.csv</c>.</summary>
/// <param name="Speaker">Canonical person name, or the group/office named as source, or empty.</param>
/// <param name="Text">The quoted words without the quotation marks.</param>
/// <param name="Start">Offset of the first quoted character (after the opening mark).</param>
/// <param name="End">Offset just past the last quoted character (before the closing mark).</param>
public sealed record Quote(string Speaker, string Text, int Start, int End, int Sentence);

/// <summary>A counted figure (casualties, troops or other): one row of <c>figures.csv</c>.</summary>
public sealed record Figure(
    FigureCategory Category,
    string Measure,
    long? Low,
    long? High,
    Qualifier Qualifier,
    string Who,
    string Where,
    string Source,
    string Text,
    int Start,
    int End,
    int Sentence);

/// <summary>What a figure counts.</summary>
public enum FigureCategory
{
    /// <summary>People killed, wounded, missing or taken hostage.</summary>
    Casualties,
    /// <summary>Military or armed personnel of any side.</summary>
    Troops,
    /// <summary>Anything else counted.</summary>
    Other,
}

/// <summary>How a figure is hedged.</summary>
public enum Qualifier
{
    /// <summary>A plain number.</summary>
    Exact,
    /// <summary>around, about, approximately, an estimated, nearly, roughly.</summary>
    Approximately,
    /// <summary>at least.</summary>
    AtLeast,
    /// <summary>more than, over.</summary>
    MoreThan,
    /// <summary>at most, up to.</summary>
    AtMost,
    /// <summary>fewer than, less than, under.</summary>
    FewerThan,
    /// <summary>between X and Y, X-Y.</summary>
    Range,
    /// <summary>some, a few, dozens, hundreds, thousands.</summary>
    Vague,
}

/// <summary>A clause stating the deployment status of forces: one row of <c>statements.csv</c>.</summary>
/// <param name="Date">ISO value of the event date (clause's temporal expression, else publication date).</param>
/// <param name="DateText">The temporal expression used, empty when the publication date was used.</param>
public sealed record Statement(
    Stance Stance,
    string Actor,
    Force Force,
    string Speaker,
    string Date,
    string DateText,
    string Text,
    int Start,
    int End,
    int Sentence);

/// <summary>The deployment stance of a statement.</summary>
public enum Stance
{
    /// <summary>No plans or decision to deploy; will not deploy.</summary>
    Deny,
    /// <summary>On alert, standby, heightened readiness, prepare-to-deploy.</summary>
    Ready,
    /// <summary>Sent, ordered, dispatched, arriving, headed to.</summary>
    Deploy,
    /// <summary>Already there or staying.</summary>
    Present,
    /// <summary>Withdrawn, pulled out, or talks on ending a presence.</summary>
    Withdraw,
}

/// <summary>The kind of force a statement is about.</summary>
public enum Force
{
    /// <summary>Not said.</summary>
    Unspecified,
    /// <summary>Ground troops.</summary>
    Ground,
    /// <summary>Ships, carrier strike groups.</summary>
    Naval,
    /// <summary>Aircraft, squadrons, air defence batteries.</summary>
    Air,
    /// <summary>Special operations forces, commandos.</summary>
    SpecialForces,
    /// <summary>Military advisers, experts, trainers.</summary>
    Advisers,
}

/// <summary>A temporal expression resolved against the publication date: one row of <c>dates.csv</c>.</summary>
/// <param name="Value">ISO value: YYYY-MM-DD, YYYY-MM, YYYY, or START/END.</param>
public sealed record TemporalExpression(string Text, string Value, Granularity Granularity, int Start, int End, int Sentence);

/// <summary>The granularity of a resolved date.</summary>
public enum Granularity
{
    /// <summary>A day.</summary>
    Day,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A year.</summary>
    Year,
    /// <summary>A span of days.</summary>
    Span,
}
