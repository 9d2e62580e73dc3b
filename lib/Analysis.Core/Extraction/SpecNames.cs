namespace Analysis.Extraction;

/// <summary>The spellings SPEC.md fixes for enum values in the tables.</summary>
public static class SpecNames
{
    /// <summary>"name" or "title".</summary>
    public static string ToSpec(this MentionKind kind) => kind == MentionKind.Title ? "title" : "name";

    /// <summary>"casualties", "troops" or "other".</summary>
    public static string ToSpec(this FigureCategory category) => category.ToString().ToLowerInvariant();

    /// <summary>"exact", "approximately", "at least", "more than", "at most", "fewer than", "range", "vague".</summary>
    public static string ToSpec(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => "at least",
        Qualifier.MoreThan => "more than",
        Qualifier.AtMost => "at most",
        Qualifier.FewerThan => "fewer than",
        _ => qualifier.ToString().ToLowerInvariant(),
    };

    /// <summary>"deny", "ready", "deploy", "present" or "withdraw".</summary>
    public static string ToSpec(this Stance stance) => stance.ToString().ToLowerInvariant();

    /// <summary>"ground", "naval", "air", "special forces", "advisers" or "unspecified".</summary>
    public static string ToSpec(this Force force) => force == Force.SpecialForces ? "special forces" : force.ToString().ToLowerInvariant();

    /// <summary>"day", "month", "year" or "span".</summary>
    public static string ToSpec(this Granularity granularity) => granularity.ToString().ToLowerInvariant();
}
