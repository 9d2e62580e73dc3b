namespace Analysis.Extraction.Attribution;

/// <summary>What kind of source a claim is attributed to.</summary>
public enum SourceKind
{
    /// <summary>A person, by canonical name ("John Kirby").</summary>
    Person,
    /// <summary>A group, office or unnamed source ("US officials", "Pentagon", "unnamed US official").</summary>
    Group,
    /// <summary>A news outlet or media ("The Intercept", "local media").</summary>
    Outlet,
}

/// <summary>The source a span of text is attributed to.</summary>
/// <param name="Name">Canonical person name, or the group/outlet description as written (trimmed).</param>
/// <param name="Kind">Person, group or outlet.</param>
/// <param name="Start">Offset of the source phrase in the article text.</param>
/// <param name="End">Offset just past the source phrase.</param>
public sealed record Source(string Name, SourceKind Kind, int Start, int End)
{
    /// <summary>True for a single unnamed person ("an official", "the spokesman"): a possible antecedent of "he"/"she".</summary>
    public bool IsSingular { get; init; }
}
