namespace Analysis.Frames;

/// <summary>Which rows a <see cref="DataFrame.Join(DataFrame, string, JoinKind, string)"/> keeps.</summary>
public enum JoinKind
{
    /// <summary>Only rows whose keys match on both sides.</summary>
    Inner,
    /// <summary>Every left row; right columns are missing where nothing matches.</summary>
    Left,
    /// <summary>Every row of both sides; unmatched right rows come last, in their original order.</summary>
    Outer,
}
