namespace Analysis.Notebooks.Execution;

/// <summary>Documentation of the symbol under the cursor.</summary>
/// <param name="Data">Signature and summary, as <c>text/plain</c> (and <c>text/markdown</c>).</param>
public sealed record InspectResult(MimeBundle Data);
