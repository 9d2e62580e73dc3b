namespace Analysis.Notebooks.Export;

/// <summary>How <see cref="NotebookHtmlExporter"/> renders a notebook.</summary>
public sealed record HtmlExportOptions
{
    /// <summary>The page title; defaults to the first markdown heading, else "Notebook".</summary>
    public string? Title { get; init; }

    /// <summary>Whether code cells show their source (false gives a report of prose and outputs only).</summary>
    public bool IncludeCode { get; init; } = true;

    /// <summary>Returns a copy with <see cref="Title"/> set.</summary>
    public HtmlExportOptions WithTitle(string title) => this with { Title = title };

    /// <summary>Returns a copy that hides code cells' source.</summary>
    public HtmlExportOptions WithoutCode() => this with { IncludeCode = false };
}
