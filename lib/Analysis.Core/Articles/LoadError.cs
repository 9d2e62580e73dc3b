namespace Analysis.Articles;

/// <summary>An input that could not be read: one row of <c>errors.csv</c>.</summary>
/// <param name="Source">The file (or file and record) that failed.</param>
/// <param name="Line">The 1-based line in the source, or 0 when the whole file failed.</param>
/// <param name="Error">What went wrong, in one line.</param>
public sealed record LoadError(string Source, int Line, string Error);
