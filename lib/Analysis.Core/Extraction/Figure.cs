namespace Analysis.Extraction;

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
