namespace Analysis.Notebooks.Running;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record RunOptions
{
    /// <summary>Parameter values (name → text), injected papermill-style after the <c>parameters</c> cell.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Per-cell timeout; null = none.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>The folder cells run in; defaults to the notebook file's folder (so <c>"../seeds"</c> works),
    /// or the current directory for an in-memory notebook.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Extra assembly paths for every cell.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Returns a copy with one more parameter.</summary>
    public RunOptions WithParameter(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        return this with { Parameters = new Dictionary<string, string>(Parameters, StringComparer.Ordinal) { [name] = value } };
    }
}
