namespace Analysis.Extraction.Quotes;

/// <summary>Text between quotation marks.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Start">Offset of the first quoted character.</param>
/// <param name="End">Offset just past the last quoted character.</param>
/// <param name="Close">Offset of the closing mark, or -1 when the passage runs to the end of its paragraph.</param>
/// <param name="Single">True for single marks (‘ ’).</param>
internal sealed record QuotedPassage(int Open, int Start, int End, int Close, bool Single);
