namespace Analysis.Extraction;

/// <summary>A quoted passage and who said it: one row of <c>quotes.csv</c>.</summary>
/// <param name="Speaker">Canonical person name, or the group/office named as source, or empty.</param>
/// <param name="Text">The quoted words without the quotation marks.</param>
/// <param name="Start">Offset of the first quoted character (after the opening mark).</param>
/// <param name="End">Offset just past the last quoted character (before the closing mark).</param>
public sealed record Quote(string Speaker, string Text, int Start, int End, int Sentence);
