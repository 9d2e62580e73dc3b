namespace Analysis.Notebooks.Execution;

/// <summary>Completion candidates for the text between <paramref name="CursorStart"/> and <paramref name="CursorEnd"/>.</summary>
/// <param name="Matches">Candidate names, sorted ordinally, without duplicates.</param>
/// <param name="CursorStart">Start of the text the candidates replace.</param>
/// <param name="CursorEnd">End of the text the candidates replace (the cursor).</param>
public sealed record CompletionResult(IReadOnlyList<string> Matches, int CursorStart, int CursorEnd);
