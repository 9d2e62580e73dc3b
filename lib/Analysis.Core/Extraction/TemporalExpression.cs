namespace Analysis.Extraction;

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
