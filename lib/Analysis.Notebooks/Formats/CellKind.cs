namespace Analysis.Notebooks.Formats;

/// <summary>The nbformat cell types.</summary>
public enum CellKind
{
    /// <summary>Executable code (<c>"code"</c>).</summary>
    Code,

    /// <summary>Markdown prose (<c>"markdown"</c>).</summary>
    Markdown,

    /// <summary>Raw text passed through untouched (<c>"raw"</c>).</summary>
    Raw,
}
