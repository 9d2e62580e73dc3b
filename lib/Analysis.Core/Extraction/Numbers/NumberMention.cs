namespace Analysis.Extraction.Numbers;

/// <summary>
/// A counted number found in text: its span, the value or range it states and its hedge.
/// <see cref="Low"/> and <see cref="High"/> follow SPEC.md: both equal the number for exact and approximate
/// figures, only <see cref="Low"/> for "at least"/"more than", only <see cref="High"/> for "at most"/"fewer than",
/// both ends for a range, and for a vague quantity <see cref="Low"/> is the conservative count (dozens 12,
/// hundreds 100, thousands 1000) or null ("some", "a few", "a small number").
/// </summary>
/// <param name="Text">The text as written, hedge included ("approximately 2,000").</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Low">Lower bound, when stated.</param>
/// <param name="High">Upper bound, when stated.</param>
/// <param name="Qualifier">The hedge.</param>
public sealed record NumberMention(string Text, int Start, int End, decimal? Low, decimal? High, Qualifier Qualifier)
{
    /// <summary>True when every stated bound is a whole number (counts are; "2.5" without a scale is a measurement).</summary>
    public bool IsWhole => (Low is null || decimal.Truncate(Low.Value) == Low) && (High is null || decimal.Truncate(High.Value) == High);
}
