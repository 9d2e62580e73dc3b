namespace Analysis.Notebooks.Formats;

/// <summary>
/// Authors notebooks from code: <c>NotebookBuilder.Create().Markdown("# Casualties").Code("var corpus = …;").Build()</c>.
/// Cells get Polyglot C# metadata and ids derived from their index.
/// </summary>
public sealed class NotebookBuilder
{
    private readonly List<NotebookCell> _cells = [];

    private NotebookBuilder()
    {
    }

    /// <summary>Starts an empty notebook.</summary>
    public static NotebookBuilder Create() => new();

    /// <summary>Appends a markdown cell.</summary>
    public NotebookBuilder Markdown(string source)
    {
        _cells.Add(NotebookCell.Markdown(source));
        return this;
    }

    /// <summary>Appends a C# code cell with optional <paramref name="tags"/> (e.g. <c>"parameters"</c>).</summary>
    public NotebookBuilder Code(string source, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var cell = NotebookCell.Code(source);
        _cells.Add(tags.Length == 0 ? cell : cell.WithTags(tags));
        return this;
    }

    /// <summary>Appends the papermill parameters cell: default values that a run's parameters override.</summary>
    public NotebookBuilder Parameters(string source) => Code(source, Running.ParameterInjector.ParametersTag);

    /// <summary>Appends an existing cell as-is.</summary>
    public NotebookBuilder Cell(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        _cells.Add(cell);
        return this;
    }

    /// <summary>The notebook.</summary>
    public Notebook Build() => Notebook.Create(_cells);
}
